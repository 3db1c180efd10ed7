import Foundation
import RecallCore

/// Reads any file `recall import` accepts, choosing the reader from the file's first bytes
/// (not its extension): a zip is an Anki package, UTF-8 text is CSV/TSV or Anki's "Notes in
/// Plain Text". Nothing is written anywhere; the caller stores the result in one transaction.
public struct ImportFileReader: Sendable {
    public var packageReader: AnkiPackageReader

    public init(packageReader: AnkiPackageReader = AnkiPackageReader()) {
        self.packageReader = packageReader
    }

    /// The file at `url` ready to import: a text file read whole, an Anki package opened for
    /// streaming (see `read` for the parameters).
    public func open(
        contentsOf url: URL, defaultDeck: String? = nil,
        progress: ((AnkiPackageReader.Progress) -> Void)? = nil
    ) throws(ImportFileError) -> ImportSource {
        if try format(of: url) == .ankiPackage {
            do throws(AnkiPackageError) {
                return .package(try packageReader.open(contentsOf: url, progress: progress))
            } catch {
                throw .package(error)
            }
        }
        return .collection(try read(contentsOf: url, defaultDeck: defaultDeck, progress: progress))
    }

    /// The cards, decks and media in the file at `url`. Text rows without a deck column go
    /// to `defaultDeck`, or to a deck named after the file (`spanish.csv` → `spanish`).
    public func read(
        contentsOf url: URL, defaultDeck: String? = nil,
        progress: ((AnkiPackageReader.Progress) -> Void)? = nil
    ) throws(ImportFileError) -> ImportedCollection {
        let file = url.path
        switch try format(of: url) {
        case .ankiPackage:
            do throws(AnkiPackageError) {
                let collection = try packageReader.read(contentsOf: url, progress: progress)
                return ImportedCollection(anki: collection, source: file)
            } catch {
                throw .package(error)
            }
        case .delimitedText:
            return try readText(url, defaultDeck: defaultDeck ?? url.deletingPathExtension().lastPathComponent)
        case .sqlite:
            throw .unsupported(file: file, what: "a bare SQLite database; import the .apkg Anki exports instead")
        case .unknown:
            throw .unsupported(file: file, what: "neither an Anki package (.apkg) nor UTF-8 text")
        }
    }

    /// The format the file's first bytes show.
    private func format(of url: URL) throws(ImportFileError) -> InterchangeFormat {
        do {
            return InterchangeFormat.detect(prefix: try PackageArchive.head(of: url, count: 4096))
        } catch {
            throw .unreadable(file: url.path, reason: FileErrorReason.describe(error))
        }
    }

    private func readText(_ url: URL, defaultDeck: String) throws(ImportFileError) -> ImportedCollection {
        let file = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: file, reason: FileErrorReason.describe(error))
        }
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8(file: file) }
        do throws(DelimitedTextError) {
            let parsed = try DelimitedText.parse(text, file: file)
            return PlainTextNotes.collection(from: parsed, file: file, defaultDeck: defaultDeck)
        } catch {
            throw .text(error)
        }
    }
}

/// Why a file could not be imported; each message is a sentence naming the file.
public enum ImportFileError: Error, Equatable, Sendable {
    case unreadable(file: String, reason: String)
    case unsupported(file: String, what: String)
    case notUTF8(file: String)
    case text(DelimitedTextError)
    case package(AnkiPackageError)
}

extension ImportFileError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadable(let file, let reason): "\(file) could not be read: \(reason)."
        case .unsupported(let file, let what): "\(file) is \(what)."
        case .notUTF8(let file): "\(file) is not UTF-8 text; save it as UTF-8 and import it again."
        case .text(let error): "\(error.location): \(error.message)."
        case .package(let error): error.errorDescription
        }
    }
}
