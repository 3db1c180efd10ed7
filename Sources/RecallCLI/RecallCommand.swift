import ArgumentParser

/// The root command: `recall` alone starts a study session.
public struct RecallCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Study the facts of what you read, with FSRS spaced repetition.",
        discussion: """
        Progress lives in $RECALL_HOME, else $XDG_DATA_HOME/recall, else ~/.local/share/recall \
        (or --data-dir). Shell completion: recall --generate-completion-script bash|zsh|fish.
        """,
        version: RecallVersion.string,
        subcommands: [
            StudyCommand.self,
            DecksCommand.self,
            DeckCommand.self,
            AddCommand.self,
            CardCommand.self,
            CardsCommand.self,
            ConfigCommand.self,
            GenerateCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            StatsCommand.self,
            ReportCommand.self,
            OptimizeCommand.self,
            PresetCommand.self,
            SyncCommand.self,
        ],
        defaultSubcommand: StudyCommand.self
    )

    public init() {}
}

public enum RecallVersion {
    public static let string = "0.1.0"
}
