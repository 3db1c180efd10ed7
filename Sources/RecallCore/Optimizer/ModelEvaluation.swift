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
        var set = TrainingSet(histories: histories)
        guard !set.items.isEmpty else { return nil }
        set.weightByRecency()
        let model = FSRS(parameters: parameters)
        // Predictions per card, in answer order, then read back in item order.
        var predictions: [[Double]] = Array(repeating: [], count: set.cards.count)
        for (index, card) in set.cards.enumerated() where !card.itemAnswers.isEmpty {
            var memory: MemoryState?
            var predicted = [Double](repeating: 0, count: card.ratings.count)
            for answer in card.ratings.indices {
                if let memory, card.elapsedDays[answer] > 0 {
                    predicted[answer] = model.retrievability(days: card.elapsedDays[answer], stability: memory.stability)
                }
                memory = model.nextMemory(
                    after: memory, rating: card.ratings[answer], elapsedDays: answer == 0 ? nil : Int(card.elapsedDays[answer]))
            }
            predictions[index] = predicted
        }

        var lossSum = 0.0
        var weightSum = 0.0
        var bins: [BinKey: (predicted: Double, actual: Double, count: Double, weight: Double)] = [:]
        var calibration = [(predicted: Double, actual: Double, count: Int)](repeating: (0, 0, 0), count: Self.calibrationBins)
        for item in set.items {
            let card = set.cards[item.card]
            let p = min(max(predictions[item.card][item.answer], 1e-9), 1 - 1e-9)
            let y = set.isRecalled(item) ? 1.0 : 0.0
            lossSum -= (y * log(p) + (1 - y) * log(1 - p)) * item.weight
            weightSum += item.weight
            let key = BinKey(card: card, answer: item.answer)
            bins[key, default: (0, 0, 0, 0)].predicted += p
            bins[key, default: (0, 0, 0, 0)].actual += y
            bins[key, default: (0, 0, 0, 0)].count += 1
            bins[key, default: (0, 0, 0, 0)].weight += item.weight
            let slot = min(Int(p * Double(Self.calibrationBins)), Self.calibrationBins - 1)
            calibration[slot].predicted += p
            calibration[slot].actual += y
            calibration[slot].count += 1
        }
        items = set.items.count
        logLoss = lossSum / weightSum
        // Summed in a fixed order (a dictionary's order changes from run to run, and with it the last bit).
        let squares = bins.sorted { ($0.key.elapsed, $0.key.length, $0.key.lapses) < ($1.key.elapsed, $1.key.length, $1.key.lapses) }
            .map(\.value).reduce(0.0) { sum, bin in
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

    /// fsrs-rs's bin of an item: days waited, reviews a day or more apart, and lapses, each on a
    /// logarithmic scale.
    private struct BinKey: Hashable {
        var elapsed: Int
        var length: Int
        var lapses: Int

        init(card: TrainingSet.Card, answer: Int) {
            let days = card.elapsedDays[answer]
            elapsed = Int((2.48 * pow(3.62, (log(days) / log(3.62)).rounded(.down)) * 100).rounded())
            var longTerm = 0
            var lapseCount = 0
            for index in 0...answer where card.elapsedDays[index] > 0 {
                longTerm += 1
                if index < answer, card.ratings[index] == .again { lapseCount += 1 }
            }
            length = Int((1.99 * pow(1.89, (log(Double(longTerm + 1)) / log(1.89)).rounded(.down))).rounded())
            lapses = lapseCount == 0
                ? 0 : Int((1.65 * pow(1.73, (log(Double(lapseCount)) / log(1.73)).rounded(.down))).rounded())
        }
    }
}
