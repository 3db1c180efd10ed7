extension StringProtocol {
    /// The text without leading and trailing Unicode white space and line breaks. Unlike
    /// Foundation's character sets on Linux, this keeps U+FEFF, which YAML can hold escaped.
    var trimmingWhitespace: String {
        let whole = String(self)
        let scalars = whole.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        // Most values have nothing to trim: the text itself, not a copy built scalar by scalar.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return whole }
        return String(scalars[first...last])
    }
}
