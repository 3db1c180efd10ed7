/// Character classes with a fast path for ASCII: Unicode property lookups are slow on Linux
/// and the scanners ask them for every character.
extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
    var isDigit: Bool { ("0"..."9").contains(self) }

    var isLetterOrDigit: Bool {
        if isASCII { return isASCIILetter || isDigit }
        return properties.isAlphabetic || properties.numericType != nil
    }

    var isLetter: Bool { isASCII ? isASCIILetter : properties.isAlphabetic }

    var isUpper: Bool { isASCII ? ("A"..."Z").contains(self) : properties.isUppercase }

    var isLower: Bool { isASCII ? ("a"..."z").contains(self) : properties.isLowercase }

    var isSpace: Bool {
        if isASCII { return self == " " || self == "\n" || self == "\t" || self == "\r" || self == "\u{0B}" || self == "\u{0C}" }
        return properties.isWhitespace
    }
}
