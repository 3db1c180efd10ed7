import ArgumentParser

/// The root command: `recall` alone starts a study session.
public struct RecallCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Study the facts of what you read with spaced repetition (FSRS-6).",
        version: RecallVersion.string,
        subcommands: [],
    )

    public init() {}
}

public enum RecallVersion {
    public static let string = "0.1.0"
}
