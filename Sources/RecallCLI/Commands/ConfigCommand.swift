import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Read or change settings (daily limits, rollover hour, desired retention, how imported cards are asked, sibling burying).",
        subcommands: [Get.self, Set.self])

    struct Get: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print one setting, or all with their meaning.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The setting (omit to list all).") var key: String?

        func run() throws {
            try Console.run {
                let settings = try Settings.load(from: try global.openDatabase())
                if let key {
                    print(try settings.value(of: key))
                } else {
                    for (key, help) in Settings.keys {
                        let line = "\(key) = \(try settings.value(of: key))".padding(toLength: 26, withPad: " ", startingAt: 0) + "  # \(help)"
                        print(TerminalText.wrap(line, width: TerminalSize.columns(), hangingIndent: 30))
                    }
                }
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a setting.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The setting.") var key: String
        // Every word left, so that a negative number reaches the setting's own check rather
        // than being read as an unknown option.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Its new value.", valueName: "value"))
        var values: [String] = []

        func run() throws {
            try Console.run {
                // `key=value` is read as the two words it was meant as.
                let parts = values.isEmpty ? key.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init) : [key] + values
                guard parts.count == 2 else {
                    throw ValidationError(parts.count < 2
                        ? "give \(parts[0]) a value: `recall config set \(parts[0]) VALUE`; `recall config get` lists the settings and their ranges"
                        : "config set takes one value for \(key), not \(values.count): \(values.joined(separator: " "))")
                }
                let (key, value) = (parts[0], parts[1])
                let database = try global.openDatabase()
                var settings = try Settings.load(from: database)
                try settings.set(key, to: value)
                try database.setConfigValue(try settings.value(of: key), for: key)
                print("\(key) = \(try settings.value(of: key))")
            }
        }
    }
}
