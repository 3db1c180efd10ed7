import Foundation

/// Failures of the collection, as sentences a person can act on.
public enum StoreError: LocalizedError, Equatable {
    case newerDatabase(path: String)
    case directoryNotWritable(path: String, reason: String)
    /// A regular file (`file`) stands where the data directory or one of its parents should be.
    case fileInTheWay(path: String, file: String)
    case cannotOpen(path: String, reason: String)
    case inUse(path: String)
    case noSuchCard(String)
    case noSuchDeck(String)
    case cardChangedElsewhere(key: String)
    case nothingToUndo
    case noChangeToUndo
    case noSuchChange(Int64)
    case changeAlreadyUndone(Int64, action: String)
    case changedSinceChange(cardID: Int64, changeID: Int64, action: String)
    case diskFull(path: String)

    public var errorDescription: String? {
        switch self {
        case let .newerDatabase(path):
            "the collection at \(path) was written by a newer version of recall; update recall to open it (nothing was changed)"
        case let .directoryNotWritable(path, reason):
            "the data directory is not writable: \(path) (\(reason)); choose another with --data-dir or RECALL_HOME"
        case let .fileInTheWay(path, file) where path == file:
            "the data directory \(path) is a file, not a folder; choose another with --data-dir or RECALL_HOME"
        case let .fileInTheWay(path, file):
            "the data directory \(path) cannot be made: \(file) is a file, not a folder; choose another with --data-dir or RECALL_HOME"
        case let .cannotOpen(path, reason):
            "cannot open the collection at \(path): \(reason)"
        case let .inUse(path):
            "the collection at \(path) is in use by another recall process and stayed locked; try again when it has finished"
        case let .noSuchCard(id):
            "no card with id or key “\(id)”"
        case let .noSuchDeck(name):
            "no deck named “\(name)”"
        case let .cardChangedElsewhere(key):
            "card \(key) was answered by another recall process meanwhile; its new state was kept"
        case .nothingToUndo:
            "there is no answer to undo in this session"
        case .noChangeToUndo:
            "there is no card change to undo; `recall card undo` takes back suspend, unsuspend, bury, unbury, forget and reschedule"
        case let .noSuchChange(id):
            "there is no card change number \(id)"
        case let .changeAlreadyUndone(id, action):
            "change \(id) (\(action)) has already been undone"
        case let .changedSinceChange(cardID, changeID, action):
            "card \(cardID) has changed since change \(changeID) (\(action)): it was answered or changed again, so nothing was undone"
        case let .diskFull(path):
            "the disk holding \(path) is full; free some space and try again"
        }
    }
}
