import Foundation
#if FUZZING
import CFuzzDriver
#endif

/// The `main` of every harness. Built by `tools/fuzz` (with -sanitize=fuzzer and -DFUZZING) it
/// hands the command line to libFuzzer; a normal build replays the corpus files or folders
/// named on the command line instead (see `CorpusReplay`), so `swift run FuzzDeck FILE`
/// reproduces a crash the fuzzer saved.
public enum FuzzMain {
    public static func run(_ harness: FuzzHarness) -> Never {
        #if FUZZING
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, harness))
        #else
        CorpusReplay.run(harness)
        #endif
    }
}
