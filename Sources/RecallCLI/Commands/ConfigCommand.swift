import ArgumentParser
import Foundation
import RecallCore
import RecallStore

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Read or change settings (daily limits, rollover hour, desired retention).",
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
        @Argument(help: "Its new value.") var value: String

        func run() throws {
            try Console.run {
                let database = try global.openDatabase()
                var settings = try Settings.load(from: database)
                try settings.set(key, to: value)
                try database.setConfigValue(try settings.value(of: key), for: key)
                print("\(key) = \(try settings.value(of: key))")
            }
        }
    }
}
