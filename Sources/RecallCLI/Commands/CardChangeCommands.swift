import ArgumentParser
import RecallCore

/// A `recall card` change: which edit, on the cards selected. The changes differ only in
/// their edit and help, so they live together rather than one file each.
protocol CardChangeCommand: ParsableCommand {
    var global: GlobalOptions { get }
    var selection: CardSelection { get }
    var edit: CardEdit { get }
}

extension CardChangeCommand {
    func run() throws { try CardChanger(global: global, selection: selection).run(edit) }
}

extension CardCommand {
    struct Suspend: CardChangeCommand {
        static let configuration = CommandConfiguration(abstract: "Stop studying cards; they keep their state and history.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var selection: CardSelection
        var edit: CardEdit { .suspend }
    }

    struct Unsuspend: CardChangeCommand {
        static let configuration = CommandConfiguration(abstract: "Study suspended cards again, where they left off.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var selection: CardSelection
        var edit: CardEdit { .unsuspend }
    }

    struct Bury: CardChangeCommand {
        static let configuration = CommandConfiguration(abstract: "Hide cards until the next study day.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var selection: CardSelection
        var edit: CardEdit { .bury }
    }

    struct Unbury: CardChangeCommand {
        static let configuration = CommandConfiguration(abstract: "Bring buried cards back today.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var selection: CardSelection
        var edit: CardEdit { .unbury }
    }

    struct Forget: CardChangeCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make cards new again, as Anki's Forget does; their history and counts are kept.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var selection: CardSelection
        var edit: CardEdit { .forget }
    }

    struct Reschedule: CardChangeCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make studied cards due DAYS study days from today (0: today), as Anki's Set Due Date does.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "Study days from today.") var days: Int
        @OptionGroup var selection: CardSelection
        var edit: CardEdit { .reschedule(days: days) }

        func validate() throws {
            guard (0...36_500).contains(days) else {
                throw ValidationError("DAYS must be a whole number of days from 0 to 36500, not \(days)")
            }
        }
    }
}
