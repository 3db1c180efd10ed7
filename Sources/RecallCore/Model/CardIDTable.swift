/// Values by card id: a flat array for ids small enough to index one (the usual case, ids
/// counted up from 1), a dictionary for the others. A million lookups while a review log is
/// read cost no hashing.
struct CardIDTable<Value> {
    private let absent: Value
    private var dense: [Value] = []
    private var other: [Int64: Value] = [:]

    static var denseLimit: Int64 { 1 << 22 }

    /// `absent` is the value of an id never set.
    init(absent: Value) {
        self.absent = absent
    }

    subscript(id: Int64) -> Value {
        get {
            guard id >= 0, id < Self.denseLimit else { return other[id] ?? absent }
            return Int(id) < dense.count ? dense[Int(id)] : absent
        }
        set {
            guard id >= 0, id < Self.denseLimit else {
                other[id] = newValue
                return
            }
            if Int(id) >= dense.count {
                dense.append(contentsOf: repeatElement(absent, count: max(Int(id) + 1 - dense.count, dense.count)))
            }
            dense[Int(id)] = newValue
        }
    }
}

extension CardIDTable: Sendable where Value: Sendable {}
