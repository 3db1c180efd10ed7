import Foundation
import RecallCore

/// Fitting FSRS to the synthetic histories in `../shared/fsrs/optimizer/` (paths relative to
/// the repository, where the benchmark runs): time and memory of the fit on the training split,
/// held-out log loss and RMSE(bins) for the true, default and fitted weights, with fsrs-rs's
/// figures beside them (timed on this machine by `tools/fsrs-reference.py` when its venv exists,
/// else the stored ones).
struct OptimizerBenchmark {
    var runs: Int
    var directory = "../shared/fsrs/optimizer"

    func run() throws {
        for name in ["synthetic_10k", "synthetic_100k"] {
            guard let history = try shared(name, for: "fit FSRS") else { continue }
            let (train, test) = (history.train, history.test)
            var times = Measurements()
            var cpuTimes = Measurements()
            var fit: ParameterOptimizer.Fit?
            for _ in 0..<max(runs, 5) {
                let started = monotonicSeconds()
                let startedCPU = processCPUSeconds()
                fit = try ParameterOptimizer().fit(train)
                times.add(monotonicSeconds() - started)
                cpuTimes.add(processCPUSeconds() - startedCPU)
            }
            guard let fit else { continue }
            print(times.line("fit FSRS, \(name) (\(fit.items) items), wall", unit: "s", target: "≤ fsrs-rs (Anki's call)"))
            print(cpuTimes.line("fit FSRS, \(name), CPU time (both threads)", unit: "s", target: "none"))
            let configuration = ParameterOptimizer.Configuration()
            let long = fit.items >= configuration.longHistory
            let epochs = long ? 2 * max(configuration.epochs, configuration.longHistoryEpochs) : configuration.epochs
            print(String(format: "  CPU per epoch: median %.2f ms (min %.2f; %d epochs in all)",
                         cpuTimes.median / Double(epochs) * 1000, (cpuTimes.values.min() ?? .nan) / Double(epochs) * 1000, epochs))
            let reference = Reference(directory: directory, name: name)
            if let seconds = reference.seconds {
                print("  fsrs-rs, Anki's call: median \(String(format: "%.3f", seconds)) s (\(reference.source))")
            }
            for (label, parameters) in [("true", reference.trueParameters), ("defaults", FSRSParameters.default), ("fitted", fit.parameters)] {
                guard let parameters, let evaluation = ModelEvaluation(parameters: parameters, histories: test) else { continue }
                let referenceFigure = reference.heldOutLogLoss[label].map { String(format: "  (fsrs-rs's evaluation: %.5f)", $0) } ?? ""
                print(String(format: "  held-out log loss, %@: %.5f  RMSE(bins) %.4f", label, evaluation.logLoss, evaluation.rmseBins) + referenceFigure)
            }
            if let anki = reference.heldOutLogLoss["fitted by fsrs-rs"] {
                print(String(format: "  held-out log loss, fitted by fsrs-rs (Anki's call): %.5f", anki))
            }
            print("  fitted: " + fit.parameters.weights.map { String(format: "%.4f", $0) }.joined(separator: ", "))
            print("  fitted, exactly: " + fit.parameters.weights.map { "\($0)" }.joined(separator: ", ")
                + ", training loss \(fit.trainingLoss.map { "\($0)" } ?? "—")")
        }
        try runLearners()
        let path = "\(directory)/synthetic_100k.csv"
        if FileManager.default.fileExists(atPath: path) {
            var times = Measurements()
            var peak = 0
            for _ in 0..<max(runs, 3) {
                let started = monotonicSeconds()
                let (status, maxRSS) = try SpawnedProcess([recallBinary().path, "optimize", "--from-csv", path]).finish()
                guard status == 0 else { throw CocoaError(.executableLoad) }
                times.add(monotonicSeconds() - started)
                peak = max(peak, maxRSS)
            }
            print(times.line("whole process of `recall optimize --from-csv synthetic_100k.csv` (reading the CSV, fitting, evaluating), wall",
                             unit: "s", target: "none"))
            print("  its peak memory: \(peak / 1024) MB; target < 100 MB")
        }
    }

    /// Learners with other true weights (`SyntheticLearner`): fsrs-rs fits the same training
    /// split when its venv is there, and both fits are judged by the same evaluation on the
    /// held-out cards.
    func runLearners() throws {
        // The histories go to CSV files for fsrs-rs: kept in $RECALL_BENCH_WRITE_LEARNERS when
        // set, else in a temporary folder removed at the end.
        let kept = ProcessInfo.processInfo.environment["RECALL_BENCH_WRITE_LEARNERS"]
        let folder = kept ?? FileManager.default.temporaryDirectory.appendingPathComponent("recall-learners-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(atPath: folder) } }
        print("another learner (100k reviews), held-out log loss: true / defaults / fsrs-rs / recall (recall − fsrs-rs)")
        for seed in UInt64(1)...5 {
            let learner = SyntheticLearner(trueParameters: SyntheticLearner.randomParameters(seed: seed), reviews: 100_000, seed: seed)
            let (train, test) = learner.histories()
            var csv = "card_id,split,day,rating\n"
            for (split, histories) in [("train", train), ("test", test)] {
                for history in histories {
                    for answer in history.answers { csv += "\(history.cardID),\(split),\(answer.day),\(answer.rating.rawValue)\n" }
                }
            }
            let path = "\(folder)/learner-\(seed).csv"
            try csv.write(toFile: path, atomically: true, encoding: .utf8)
            let fit = try ParameterOptimizer().fit(train)
            let reference = Reference.measure(csv: path)
            let figures = [learner.trueParameters, .default, reference?.parameters, fit.parameters].map { parameters in
                parameters.map { ModelEvaluation(parameters: $0, histories: test)!.logLoss }
            }
            func show(_ figure: Double?) -> String { figure.map { String(format: "%.5f", $0) } ?? "—" }
            let gap = figures[2].map { String(format: " (%+.5f)", figures[3]! - $0) } ?? ""
            print("  seed \(seed): " + figures.map(show).joined(separator: " / ") + gap)
            print("    recall's fit, exactly: " + fit.parameters.weights.map { "\($0)" }.joined(separator: ", ")
                + "; held-out log loss \(figures[3]!)")
        }
    }

    /// The shared history `name`: its path and its train and test splits; nil (said, as what
    /// `benchmark` skipped) when the file is not there.
    func shared(_ name: String, for benchmark: String) throws -> (path: String, train: [CardHistory], test: [CardHistory])? {
        let path = "\(directory)/\(name).csv"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("\(benchmark) (\(name)): skipped, \(path) not found")
            return nil
        }
        let log = try ReviewLogCSV.parse(text, file: path)
        return (path, log.histories(in: .train), log.histories(in: .test))
    }

    /// How much the batch order decides: the shared histories fitted with other shuffling seeds
    /// (recall's long-history fit uses `seed` and `seed + 1`, so the seeds go up by 2), fsrs-rs
    /// with the same seeds when its venv is there, each fit judged on the held-out cards.
    func runSeeds(_ seeds: [UInt64]) throws {
        for name in ["synthetic_10k", "synthetic_100k"] {
            guard let history = try shared(name, for: "batch order") else { continue }
            let (path, train, test) = (history.path, history.train, history.test)
            print("batch order, \(name): held-out log loss by shuffling seed, recall / fsrs-rs (Anki's call)")
            var worst = (recall: 0.0, reference: 0.0)
            for seed in seeds {
                var configuration = ParameterOptimizer.Configuration()
                configuration.seed = seed
                let fit = try ParameterOptimizer(configuration: configuration).fit(train)
                let recall = ModelEvaluation(parameters: fit.parameters, histories: test)!.logLoss
                let reference = Reference.measure(csv: path, seed: seed).map { ModelEvaluation(parameters: $0.parameters, histories: test)!.logLoss }
                worst = (max(worst.recall, recall), max(worst.reference, reference ?? 0))
                print(String(format: "  seed %llu: %.5f / ", seed, recall) + (reference.map { String(format: "%.5f", $0) } ?? "—"))
            }
            print(String(format: "  worst: %.5f / %.5f", worst.recall, worst.reference))
        }
    }

    /// fsrs-rs's figures for one history: from `fsrs-rs-results.json`, and its time measured now
    /// on this machine when the reference venv is there.
    struct Reference {
        var seconds: Double?
        var source = "stored figure"
        var trueParameters: FSRSParameters?
        var heldOutLogLoss: [String: Double] = [:]

        init(directory: String, name: String) {
            let size = name.replacingOccurrences(of: "synthetic_", with: "")
            if let data = FileManager.default.contents(atPath: "\(directory)/fsrs-rs-results.json"),
               let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
                let timing = ((json["timing"] as? [String: Any])?[size] as? [String: Any])?["anki"] as? [String: Any]
                seconds = timing?["optimize_s_median"] as? Double
                let evaluation = ((json["evaluation"] as? [String: Any])?[size] as? [String: Any])?["by_params"] as? [String: Any]
                for (key, label) in [("true", "true"), ("fsrs6_default", "defaults"), ("fitted_anki", "fitted by fsrs-rs")] {
                    let entry = evaluation?[key] as? [String: Any]
                    heldOutLogLoss[label] = entry?["heldout_log_loss"] as? Double
                    if key == "true", let weights = entry?["params"] as? [Double] {
                        trueParameters = try? FSRSParameters(weights: weights)
                    }
                }
            }
            if let measured = Self.measure(csv: "\(directory)/\(name).csv") {
                seconds = measured.seconds
                source = "measured now with tools/fsrs-reference.py"
            }
        }

        /// fsrs-rs's fit of a CSV's training split and its median time (Anki's call), from
        /// `tools/fsrs-reference.py` in `.venv-ref`; nil without the venv.
        static func measure(csv path: String, seed: UInt64? = nil) -> (seconds: Double, parameters: FSRSParameters)? {
            let python = ".venv-ref/bin/python"
            guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["tools/fsrs-reference.py", path] + (seed.map { ["--seed", "\($0)", "--runs", "1"] } ?? [])
            let pipe = Pipe()
            process.standardOutput = pipe
            guard (try? process.run()) != nil else { return nil }
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard let object = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
                  let seconds = object["seconds_median"] as? Double,
                  let weights = object["parameters"] as? [Double],
                  weights.count == FSRSParameters.bounds.count
            else { return nil }
            return (seconds, (try? FSRSParameters(weights: weights)) ?? FSRSParameters(clamped: weights))
        }
    }
}
