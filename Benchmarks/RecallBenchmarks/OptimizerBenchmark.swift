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
            let path = "\(directory)/\(name).csv"
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                print("fit FSRS (\(name)): skipped, \(path) not found")
                continue
            }
            let log = try ReviewLogCSV.parse(text, file: path)
            let train = log.histories(in: .train)
            let test = log.histories(in: .test)
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
        }
        for seed in UInt64(1)...5 {
            let learner = SyntheticLearner(trueParameters: SyntheticLearner.randomParameters(seed: seed), reviews: 100_000, seed: seed)
            let (train, test) = learner.histories()
            if let folder = ProcessInfo.processInfo.environment["RECALL_BENCH_WRITE_LEARNERS"] {
                // For checking the reference optimiser on the same histories.
                var csv = "card_id,split,day,rating\n"
                for (split, histories) in [("train", train), ("test", test)] {
                    for history in histories {
                        for answer in history.answers { csv += "\(history.cardID),\(split),\(answer.day),\(answer.rating.rawValue)\n" }
                    }
                }
                try csv.write(toFile: "\(folder)/learner-\(seed).csv", atomically: true, encoding: .utf8)
            }
            let fit = try ParameterOptimizer().fit(train)
            let figures = [learner.trueParameters, .default, fit.parameters].map {
                ModelEvaluation(parameters: $0, histories: test)!.logLoss
            }
            print(String(format: "another learner (seed %d, 100k reviews): held-out log loss true %.5f, defaults %.5f, fitted %.5f (fitted − true %+.5f)",
                         Int(seed), figures[0], figures[1], figures[2], figures[2] - figures[0]))
        }
        let path = "\(directory)/synthetic_100k.csv"
        if FileManager.default.fileExists(atPath: path) {
            let (status, maxRSS) = try SpawnedProcess([recallBinary().path, "optimize", "--from-csv", path]).finish()
            print("peak memory of `recall optimize --from-csv synthetic_100k.csv` (reading the CSV, fitting, evaluating): "
                + "\(maxRSS / 1024) MB (exit \(status)); target < 100 MB")
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
            let python = ".venv-ref/bin/python"
            guard FileManager.default.isExecutableFile(atPath: python) else { return }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["tools/fsrs-reference.py", "\(directory)/\(name).csv"]
            let pipe = Pipe()
            process.standardOutput = pipe
            guard (try? process.run()) != nil else { return }
            let output = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if let object = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
               let measured = object["seconds_median"] as? Double {
                seconds = measured
                source = "measured now with tools/fsrs-reference.py"
            }
        }
    }
}
