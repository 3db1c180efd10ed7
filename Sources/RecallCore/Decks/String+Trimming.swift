extension StringProtocol {
    /// The text without leading and trailing Unicode white space and line breaks. Unlike
    /// Foundation's character sets on Linux, this keeps U+FEFF, which YAML can hold escaped.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first...last])
        return String(view)
    }
}
