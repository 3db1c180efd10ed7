import ArgumentParser
import Foundation
import RecallCore
import RecallSync

struct SyncLoginCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "login",
        abstract: "Log in to an Anki sync server (AnkiWeb by default).",
        discussion: """
        The password is asked for on the terminal without echo, or read from the first line of \
        standard input when that is not a terminal. Only the host key the server gives back is \
        kept (with the server's address and the user name), in sync-login.json in the data \
        folder, readable by you only; never the password.
        """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The sync server's address (default: AnkiWeb's).", valueName: "url"))
    var server: String = AnkiSyncProtocol.ankiWeb.absoluteString

    @Option(help: ArgumentHelp("The user name (AnkiWeb: your e-mail address); asked for when not given.", valueName: "name"))
    var user: String?

    func run() throws {
        try Console.run {
            let serverURL = try SyncServer.url(server)
            guard let user = user ?? (TerminalPrompt.canAsk ? TerminalPrompt.ask("User name: ") : nil),
                  !user.isEmpty
            else {
                throw ValidationError("give the user name with --user (standard input is not a terminal to ask on)")
            }
            guard let password = TerminalPrompt.secret("Password for \(user) at \(serverURL.absoluteString): "),
                  !password.isEmpty
            else {
                throw ValidationError("no password was given, so recall did not log in")
            }
            let client = SyncServer.client(server: serverURL, hostKey: "")
            let key = try client.hostKey(user: user, password: password)
            let directory = global.dataDirectoryURL()
            try AnkiSyncLogin(server: serverURL.absoluteString, user: user, hostKey: key).save(in: directory)
            print("Logged in to \(TerminalText.sanitize(serverURL.absoluteString)) as \(TerminalText.sanitize(user)).")
        }
    }
}
