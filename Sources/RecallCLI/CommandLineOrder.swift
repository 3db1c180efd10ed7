import ArgumentParser
import RecallCore

/// The command line as people write it. Options every command shares may come before the
/// subcommand (`recall --data-dir X stats`), as with git; ArgumentParser would give them, and
/// the word after them, to the default subcommand (`study` of a deck named “stats”). They are
/// moved to just after the subcommand, where its own parser reads them.
enum CommandLineOrder {
    /// Shared options that take a value, and shared flags.
    static let valued: Set<String> = ["--data-dir", "--decks", "--now", "--seed"]
    static let flags: Set<String> = ["--plain"]

    static func reordered(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
        let (leading, rest) = splitLeadingOptions(arguments)
        let path = commandPath(rest, root: root)
        guard !leading.isEmpty, !path.isEmpty else { return arguments }
        return path + leading + rest.dropFirst(path.count)
    }

    /// The shared options `arguments` start with, and what follows them.
    static func splitLeadingOptions(_ arguments: [String]) -> (options: [String], rest: [String]) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
            if flags.contains(argument) || (valued.contains(name) && argument.contains("=")) {
                index += 1
            } else if valued.contains(argument), index + 1 < arguments.count {
                index += 2
            } else {
                break
            }
        }
        return (Array(arguments[..<index]), Array(arguments[index...]))
    }

    /// The subcommand names `arguments` start with (`deck`, `new` for `deck new NAME`).
    static func commandPath(_ arguments: [String], root: any ParsableCommand.Type) -> [String] {
        var command = root
        var path: [String] = []
        for argument in arguments {
            guard let next = command.configuration.subcommands.first(where: { $0.names.contains(argument) }) else { break }
            path.append(argument)
            command = next
        }
        return path
    }

    /// The command `path` leads to.
    static func subcommand(at path: [String], root: any ParsableCommand.Type) -> any ParsableCommand.Type {
        var command = root
        for name in path {
            guard let next = command.configuration.subcommands.first(where: { $0.names.contains(name) }) else { break }
            command = next
        }
        return command
    }

    /// A word where a subcommand must be that names none, as an error with the closest names:
    /// `recall deck nwe` (ArgumentParser would say only "unexpected argument"), and
    /// `recall help nonsense` (it would show the root help and succeed). The root's own words
    /// are left alone: they are what `recall` alone studies.
    static func unknownCommand(_ arguments: [String], root: any ParsableCommand.Type) -> String? {
        var words = splitLeadingOptions(arguments).rest
        let isHelp = words.first == "help"
        if isHelp { words.removeFirst() }
        let path = commandPath(words, root: root)
        guard path.count < words.count, !words[path.count].hasPrefix("-") else { return nil }
        let command = subcommand(at: path, root: root)
        let names = command.configuration.subcommands.map { $0._commandName }
        guard isHelp || (!names.isEmpty && command.configuration.defaultSubcommand == nil) else { return nil }
        let word = words[path.count]
        let prefix = (["recall"] + path).joined(separator: " ")
        let message = names.isEmpty ? "`\(prefix)` has no subcommand “\(word)”" : "there is no command `\(prefix) \(word)`"
        guard let suggestion = NameSuggestion.closest(to: word, among: names).first else {
            return message + (names.isEmpty ? "" : "; the commands are " + names.joined(separator: ", "))
        }
        return message + "; did you mean `\(prefix) \(suggestion)`?"
    }
}

extension ParsableCommand {
    /// The names a command answers to.
    static var names: [String] { [_commandName] + (configuration.aliases) }
}

extension RecallCommand {
    /// The names of the top-level commands.
    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } }

    /// Runs recall on the process's arguments, read as people write them.
    public static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = CommandLineOrder.unknownCommand(arguments, root: self) {
            Console.error(problem)
            exit(withError: ExitCode.validationFailure)
        }
        main(CommandLineOrder.reordered(arguments, root: self))
    }
}
