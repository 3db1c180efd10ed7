import Foundation

/// How well a set of FSRS weights predicts a review history: for every training item (see
/// `TrainingSet`) the recall FSRS predicts from the card's history before it, against whether
/// the person recalled it. Log loss and RMSE over bins as fsrs-rs (Anki) reports them, and a
/// calibration table of predicted against actual recall.
public struct ModelEvaluation: Sendable, Equatable, Codable {
    /// Items evaluated.
    public var items: Int
    /// Binary cross-entropy of predicted recall (lower is better), averaged with fsrs-rs's
    /// recency weights (0.25 for the oldest item to 1 for the newest), as Anki reports it.
    public var logLoss: Double
    /// fsrs-rs's RMSE(bins): items binned by days waited, number of reviews and lapses; the
    /// root mean square of predicted minus actual recall per bin, weighted by the bins' summed
    /// recency weights.
    public var rmseBins: Double
    /// Items grouped by predicted recall, in 5% bins, empty bins left out.
    public var calibration: [CalibrationBin]

    public struct CalibrationBin: Sendable, Equatable, Codable {
        /// The bin covers predicted recall in `lower..<upper`.
        public var lower: Double
        public var upper: Double
        public var count: Int
        /// Mean predicted recall of the bin's items.
        public var predicted: Double
        /// Share of the bin's items recalled.
        public var actual: Double
    }

    /// Evaluates `parameters` on `histories`; nil when the histories hold no item.
    public init?(parameters: FSRSParameters, histories: [CardHistory]) {
        self.init(histories: histories, parameters: { _ in parameters })
    }

    /// Evaluates each card with the weights it is scheduled with (`parameters` of its card id;
    /// cards of different presets use different weights); nil when the histories hold no item.
    public init?(histories: [CardHistory], parameters: (Int64) -> FSRSParameters) {
        let set = TrainingSet(histories: histories)
        guard !set.items.isEmpty else { return nil }
        var models: [FSRSParameters: FSRS] = [:]
        var last: (parameters: FSRSParameters, model: FSRS)?
        // Card c's answers start at offsets[c] in the flat arrays below.
        var offsets = [Int](repeating: 0, count: set.cards.count + 1)
        for (index, card) in set.cards.enumerated() { offsets[index + 1] = offsets[index] + card.ratings.count }
        // fsrs-rs's recency weights, from 0.25 (oldest item) to 1 (newest), by each item's answer.
        var weights = [Double](repeating: 0, count: offsets.last!)
        for (rank, item) in set.items.enumerated() {
            weights[offsets[item.card] + item.answer] = TrainingSet.recencyWeight(rank: rank, of: set.items.count)
        }

        // Then card by card, in memory order: predict each item and add it to the sums.
        var lossSum = 0.0
        var weightSum = 0.0
        var bins = [(predicted: Double, actual: Double, count: Double, weight: Double)](
            repeating: (0, 0, 0, 0), count: Self.binCount)
        var calibration = [(predicted: Double, actual: Double, count: Int)](repeating: (0, 0, 0), count: Self.calibrationBins)
        for (index, card) in set.cards.enumerated() {
            guard let lastItem = card.itemAnswers.last else { continue }
            let cardParameters = parameters(card.id)
            // Cards of one preset in a row share a model without hashing 21 weights each.
            if cardParameters != last?.parameters {
                let model = models[cardParameters] ?? FSRS(parameters: cardParameters)
                models[cardParameters] = model
                last = (cardParameters, model)
            }
            let model = last!.model
            var memory: MemoryState?
            var longTerm = 0
            var lapses = 0
            for answer in 0...lastItem {
                let days = card.elapsedDays[answer]
                let rating = card.ratings[answer]
                if let memory, days > 0 {
                    let predicted = model.retrievability(days: days, stability: memory.stability)
                    let p = min(max(predicted, 1e-9), 1 - 1e-9)
                    let y = rating == .again ? 0.0 : 1.0
                    let weight = weights[offsets[index] + answer]
                    lossSum -= (y * log(p) + (1 - y) * log(1 - p)) * weight
                    weightSum += weight
                    longTerm += 1
                    let bin = Self.bin(days: days, reviews: longTerm + 1, lapses: lapses)
                    bins[bin].predicted += p
                    bins[bin].actual += y
                    bins[bin].count += 1
                    bins[bin].weight += weight
                    let band = min(Int(p * Double(Self.calibrationBins)), Self.calibrationBins - 1)
                    calibration[band].predicted += p
                    calibration[band].actual += y
                    calibration[band].count += 1
                    if rating == .again { lapses += 1 }
                }
                memory = model.nextMemory(after: memory, rating: rating, elapsedDays: answer == 0 ? nil : Int(days))
            }
        }
        items = set.items.count
        logLoss = lossSum / weightSum
        // Summed in bin order, so the last bit never changes from run to run.
        let squares = bins.reduce(0.0) { sum, bin in
            guard bin.count > 0 else { return sum }
            let difference = bin.predicted / bin.count - bin.actual / bin.count
            return sum + difference * difference * bin.weight
        }
        rmseBins = (squares / weightSum).squareRoot()
        let width = 1.0 / Double(Self.calibrationBins)
        self.calibration = calibration.enumerated().compactMap { index, bin in
            guard bin.count > 0 else { return nil }
            return CalibrationBin(
                lower: Double(index) * width, upper: Double(index + 1) * width, count: bin.count,
                predicted: bin.predicted / Double(bin.count), actual: bin.actual / Double(bin.count))
        }
    }

    static let calibrationBins = 20

    /// fsrs-rs's bin of an item: days waited, reviews a day or more apart (plus one) and earlier
    /// lapses, each on a logarithmic scale (bases 3.62, 1.89 and 1.73), as one array index.
    static func bin(days: Double, reviews: Int, lapses: Int) -> Int {
        func steps(_ value: Double, _ base: Double) -> Int {
            var count = 0
            var power = base
            while value >= power, count < 40 {
                count += 1
                power *= base
            }
            return count
        }
        let lapseBin = lapses == 0 ? 0 : steps(Double(lapses), 1.73) + 1
        return (min(steps(days, 3.62), 15) * 64 + min(steps(Double(reviews), 1.89), 63)) * 64 + min(lapseBin, 63)
    }

    static let binCount = 16 * 64 * 64
}
