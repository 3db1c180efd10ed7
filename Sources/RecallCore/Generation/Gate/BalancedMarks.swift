/// Quotation marks and brackets open and close in pairs: no half-cut quotation.
struct BalancedMarks: GateCheck {
    let name = "balanced-marks"

    func passes(_ candidate: GateCandidate) -> Bool {
        let scalars = candidate.text.unicodeScalars
        let count = { (mark: Unicode.Scalar) in scalars.filter { $0 == mark }.count }
        return count("\u{201C}") == count("\u{201D}") && count("(") == count(")") && count("\"") % 2 == 0
    }
}
