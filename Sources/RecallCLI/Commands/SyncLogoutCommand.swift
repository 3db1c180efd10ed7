import ArgumentParser
import Foundation
import RecallCore
import RecallSync

struct SyncLogoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "logout",
        abstract: "Forget the sync login (the host key recall keeps).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try Console.run {
            let directory = global.dataDirectoryURL()
            let login = try? AnkiSyncLogin.load(from: directory)
            guard try AnkiSyncLogin.remove(from: directory) else {
                print("Not logged in to a sync server.")
                return
            }
            print("Logged out" + (login.map { " of \(TerminalText.sanitize($0.server))" } ?? "") + ".")
        }
    }
}
