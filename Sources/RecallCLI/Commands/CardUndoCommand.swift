import ArgumentParser
import RecallCore
import RecallStore

extension CardCommand {
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take back the latest card change (or change N), if its cards have not changed since.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The change's number, as the change and `recall card info` say.", valueName: "change"))
        var change: Int64?

        func run() throws {
            try Console.run {
                let database = try global.openDatabase()
                let undone = try database.undoCardChange(change, now: try global.makeClock().now())
                let ids = undone.cardIDs.prefix(20).map(String.init).joined(separator: ", ")
                    + (undone.cardIDs.count > 20 ? " and \(undone.cardIDs.count - 20) more" : "")
                print("Undone change \(undone.id) (\(undone.action)): "
                      + "\(ReportFormat.plural(undone.cardIDs.count, "card")) back as they were: \(ids).")
            }
        }
    }
}
