import Foundation

// recall's benchmarks: run with
//   swift build -c release && .build/release/RecallBenchmarks [study|decks|commit|import|generate|report|report-file|optimize|learners|recompute|sync|all] [--runs N]
//   (sync: with RECALL_ANKI_PYTHON naming a Python with the anki package, see SyncBenchmark)
//   sync-download --anki-package FILE.apkg   (recall's and Anki's full download of FILE, see SyncDownloadBenchmark)
//   [--anki-package FILE.apkg]   (import: also time Anki's own import of FILE, see tools/anki-benchmark.py;
//                                 report, report-file: the report of FILE imported)
//   [--notes N]                  (import without --anki-package: notes in the package recall builds)
//   [--seeds 2023,2025,…]        (seeds: the shared histories fitted with these batch-shuffling seeds)
// Figures are medians over several runs, with min and max to show the machine's noise.

let arguments = CommandLine.arguments.dropFirst()
let which = arguments.first(where: { !$0.hasPrefix("-") }) ?? "all"
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { arguments.index(after: $0) < arguments.endIndex ? arguments[arguments.index(after: $0)] : nil }
}
let runs = option("--runs").flatMap { Int($0) } ?? 9

if which == "study" || which == "all" { try StudyStartBenchmark(runs: runs).run() }
if which == "decks" || which == "all" { try DeckLoadBenchmark(runs: runs).run() }
if which == "commit" || which == "all" { try CommitBenchmark(runs: runs).run() }
if which == "generate" || which == "all" { runGenerationBenchmark(runs: runs) }
// The child process that builds the import benchmark's package (see `ImportBenchmark.builtPackage`).
if which == "import-package" {
    _ = try ImportBenchmark.package(notes: option("--notes").flatMap { Int($0) } ?? 100_000, reviews: 1_000_000)
    exit(0)
}
if which == "import" || which == "all" { try ImportBenchmark(
        runs: runs, ankiPackage: option("--anki-package"), notes: option("--notes").flatMap { Int($0) } ?? 100_000
    ).run() }
if which == "report" || which == "all" {
    // The processes before the in-memory collection of `runReportBenchmark`, whose memory a
    // spawned child's peak would start from.
    try ReportFileBenchmark(runs: runs, ankiPackage: option("--anki-package")).run()
    runReportBenchmark()
}
// The HTML report's process alone (with --anki-package FILE: of that package imported).
if which == "report-file" { try ReportFileBenchmark(runs: runs, ankiPackage: option("--anki-package")).run() }
if which == "optimize" || which == "all" { try OptimizerBenchmark(runs: runs).run() }
if which == "learners" { try OptimizerBenchmark(runs: runs).runLearners() }
if which == "seeds" {
    let seeds = (option("--seeds") ?? "2023,2025,2027,2029,2031").split(separator: ",").compactMap { UInt64($0) }
    try OptimizerBenchmark(runs: runs).runSeeds(seeds)
}
if which == "recompute" || which == "all" { try RecomputeBenchmark(runs: runs).run() }
if which == "sync" || which == "all" { try SyncBenchmark(runs: runs).run() }
if which == "sync-download" { try SyncDownloadBenchmark(runs: runs, ankiPackage: option("--anki-package")).run() }
