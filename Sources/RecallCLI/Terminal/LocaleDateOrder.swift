import Foundation
import RecallCore

extension DateOrder {
    /// The order of day and month in the locale named by `LC_ALL`, `LC_TIME` or `LANG`
    /// (`en_GB.UTF-8` → day first, `en_US.UTF-8` → month first); nil when none is set or it
    /// is the C/POSIX locale, which says nothing about how a person writes dates.
    static func fromLocale(environment: [String: String] = ProcessInfo.processInfo.environment) -> DateOrder? {
        guard let name = ["LC_ALL", "LC_TIME", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }),
              name != "C", name != "POSIX", !name.hasPrefix("C.")
        else { return nil }
        let identifier = String(name.split(separator: ".").first ?? Substring(name))
        let pattern = DateFormatter.dateFormat(fromTemplate: "dM", options: 0, locale: Locale(identifier: identifier)) ?? ""
        guard let day = pattern.firstIndex(of: "d"), let month = pattern.firstIndex(of: "M") else { return nil }
        return day < month ? .dayFirst : .monthFirst
    }
}
