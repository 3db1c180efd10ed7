import Foundation
import RecallCore
import RecallStore

/// The settings `recall config` reads and writes, kept in the collection.
public struct Settings: Sendable, Equatable {
    public var newPerDay = 20
    /// New cards per study day across the whole collection; nil for no such limit.
    public var newPerDayTotal: Int?
    public var reviewsPerDay = 200
    public var rolloverHour = 4
    public var desiredRetention = 0.9
    /// How cards of imported decks are asked (deck files say it with `mode:`).
    public var importedMode = StudyMode.auto
    /// Whether answering a card buries its siblings until the next study day.
    public var burySiblings = true
    /// The FSRS presets by name (`Preset.defaultName` always): each with the weights of the
    /// latest fit `recall optimize` applied to it, else the defaults.
    public var presets = [Preset.defaultName: Preset(name: Preset.defaultName)]
    /// Each deck's preset, by deck name; a deck not listed uses `Preset.defaultName`.
    public var deckPresets: [String: String] = [:]

    public init() {}

    /// Every key with a description, in the order `recall config get` lists them.
    public static let keys: [(key: String, help: String)] = [
        ("new-per-day", "new cards introduced per study day in each deck (0…9999)"),
        ("new-per-day-total", "new cards per study day in all decks together (0…99999, or none)"),
        ("reviews-per-day", "reviews shown per study day (0…99999)"),
        ("rollover-hour", "local hour at which a new study day starts (0…23)"),
        ("desired-retention", "the recall probability FSRS schedules for (0.70…0.99)"),
        ("imported-mode", "how cards of imported decks are asked: typed, reveal (think, Enter, grade 1–4) or auto"),
        ("bury-siblings", "whether answering a card hides its siblings until tomorrow (on or off)"),
    ]

    public static func load(from db: AppDatabase) throws -> Settings {
        var settings = Settings()
        for (key, value) in try db.allConfigValues() {
            // A value written by hand or by a later version that does not parse keeps the default.
            try? settings.set(key, to: value)
        }
        settings.presets = try db.presets()
        settings.deckPresets = try db.deckPresets()
        return settings
    }

    public func value(of key: String) throws -> String {
        switch key {
        case "new-per-day": String(newPerDay)
        case "new-per-day-total": newPerDayTotal.map(String.init) ?? "none"
        case "reviews-per-day": String(reviewsPerDay)
        case "rollover-hour": String(rolloverHour)
        case "desired-retention": String(desiredRetention)
        case "imported-mode": importedMode.rawValue
        case "bury-siblings": burySiblings ? "on" : "off"
        default: throw SettingsError.unknownKey(key)
        }
    }

    public mutating func set(_ key: String, to text: String) throws {
        func integer(_ range: ClosedRange<Int>) throws -> Int {
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(value) else {
                throw SettingsError.outOfRange(key: key, value: text, range: "\(range.lowerBound)…\(range.upperBound)")
            }
            return value
        }
        switch key {
        case "new-per-day": newPerDay = try integer(0...9999)
        case "new-per-day-total":
            let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
            newPerDayTotal = trimmed == "none" || trimmed.isEmpty ? nil : try integer(0...99_999)        case "reviews-per-day": reviewsPerDay = try integer(0...99_999)
        case "rollover-hour": rolloverHour = try integer(0...23)
        case "desired-retention":
            guard let value = Double(text.trimmingCharacters(in: .whitespaces)), (0.7...0.99).contains(value) else {
                throw SettingsError.outOfRange(key: key, value: text, range: "0.70…0.99")
            }
            desiredRetention = value
        case "imported-mode":
            guard let mode = StudyMode(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw SettingsError.notOneOf(key: key, value: text, names: StudyMode.allCases.map(\.rawValue))
            }
            importedMode = mode
        case "bury-siblings":
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "on", "yes", "true": burySiblings = true
            case "off", "no", "false": burySiblings = false
            default: throw SettingsError.notOneOf(key: key, value: text, names: ["on", "off"])
            }
        default: throw SettingsError.unknownKey(key)
        }
    }

    /// The preset called `name` (one no deck uses yet has the defaults).
    public func preset(named name: String) -> Preset {
        presets[name] ?? Preset(name: name)
    }

    /// The preset a deck's cards schedule with.
    public func preset(ofDeck deck: String) -> Preset {
        preset(named: deckPresets[deck] ?? Preset.defaultName)
    }

    /// `input` judged with each deck's preset.
    public func withPresets(_ input: ReportInput) -> ReportInput {
        var input = input
        input.scope = withPresets(input.scope)
        return input
    }

    public func withPresets(_ scope: ReportScope) -> ReportScope {
        var scope = scope
        scope.presets = presets
        scope.deckPresets = deckPresets
        return scope
    }

    public var limits: StudyLimits {
        StudyLimits(newPerDay: newPerDay, reviewsPerDay: reviewsPerDay, newPerDayTotal: newPerDayTotal)
    }

    public func calendar(timeZone: TimeZone = .current) -> StudyCalendar {
        StudyCalendar(timeZone: timeZone, rolloverHour: rolloverHour)
    }

    /// How recall schedules a preset's cards: its weights and desired retention (else the
    /// collection's), days counted as study days.
    public func schedulerConfiguration(preset: Preset, timeZone: TimeZone = .current) -> SchedulerConfiguration {
        SchedulerConfiguration(
            parameters: preset.parameters, desiredRetention: preset.desiredRetention ?? desiredRetention,
            dayCounting: .studyDays(calendar(timeZone: timeZone)))
    }

    /// How an import or a sync replays a card's Anki review log: with the scheduler of the
    /// preset named `preset` (the store says which preset a deck has, or will have once made).
    public func reviewReplay(preset: String) -> ReviewReplay {
        ReviewReplay(scheduler: Scheduler(configuration: schedulerConfiguration(preset: self.preset(named: preset))))
    }

    /// How recall schedules a deck's cards.
    public func schedulerConfiguration(deck: String, timeZone: TimeZone = .current) -> SchedulerConfiguration {
        schedulerConfiguration(preset: preset(ofDeck: deck), timeZone: timeZone)
    }
}

public enum SettingsError: LocalizedError, Equatable {
    case unknownKey(String)
    case outOfRange(key: String, value: String, range: String)
    case notOneOf(key: String, value: String, names: [String])

    public var errorDescription: String? {
        switch self {
        case let .unknownKey(key):
            "unknown setting “\(key)”; the settings are: \(Settings.keys.map(\.key).joined(separator: ", "))"
        case let .outOfRange(key, value, range):
            "\(key) must be a number in \(range), not “\(value)”"
        case let .notOneOf(key, value, names):
            "\(key) must be one of \(names.joined(separator: ", ")), not “\(value)”"
        }
    }
}
