import ArgumentParser

struct CardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "card", abstract: "Look at cards, change them, and take a change back.",
        discussion: """
        Each change (suspend, unsuspend, bury, unbury, forget, reschedule) is kept in an undo \
        log: `recall card undo` takes back the latest, `recall card undo N` change N, as long as \
        its cards have not changed since. Cards are named by id or key, or found with --query \
        in the syntax of `recall cards`.
        """,
        subcommands: [Info.self, Suspend.self, Unsuspend.self, Bury.self, Unbury.self, Forget.self,
                      Reschedule.self, Undo.self])
}
