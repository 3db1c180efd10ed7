/// Numbers as the human-readable renderers print them, the same in every locale.
public enum ReportFormat {
    /// `85.7%`, or an em dash when there is nothing to divide.
    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// `1,234,567`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// `2h 05m`, `4m 10s`, `12s`.
    public static func duration(milliseconds: Int) -> String {
        let seconds = milliseconds / 1000
        if seconds >= 3600 {
            let minutes = seconds / 60 % 60
            return "\(seconds / 3600)h \(minutes < 10 ? "0" : "")\(minutes)m"
        }
        if seconds >= 60 {
            let rest = seconds % 60
            return "\(seconds / 60)m \(rest < 10 ? "0" : "")\(rest)s"
        }
        return "\(seconds)s"
    }

    /// A value with one decimal: `12.3`; an em dash for none.
    static func decimal(_ value: Double?) -> String {
        guard let value else { return "—" }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// `1 day`, `5 days`.
    static func days(_ count: Int) -> String {
        plural(count, "day")
    }

    /// `1 card`, `2,345 cards`, `1 leech`, `3 leeches`.
    public static func plural(_ count: Int, _ noun: String) -> String {
        let suffix = count == 1 ? "" : noun.hasSuffix("ch") || noun.hasSuffix("s") ? "es" : "s"
        return "\(self.count(count)) \(noun)\(suffix)"
    }
}
