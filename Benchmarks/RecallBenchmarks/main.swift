import Foundation

// recall's benchmarks: run with
//   swift build -c release && .build/release/RecallBenchmarks [study|commit|import|generate|report|optimize|learners|recompute|all] [--runs N]
// Figures are medians over several runs, with min and max to show the machine's noise.

let arguments = CommandLine.arguments.dropFirst()
let which = arguments.first(where: { !$0.hasPrefix("-") }) ?? "all"
let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[arguments.index(after: $0)]) } ?? 9

if which == "study" || which == "all" { try StudyStartBenchmark(runs: runs).run() }
if which == "commit" || which == "all" { try CommitBenchmark(runs: runs).run() }
if which == "generate" || which == "all" { runGenerationBenchmark(runs: runs) }
if which == "import" || which == "all" { try ImportBenchmark(runs: runs).run() }
if which == "report" || which == "all" { runReportBenchmark(); try ReportFileBenchmark(runs: runs).run() }
if which == "optimize" || which == "all" { try OptimizerBenchmark(runs: runs).run() }
if which == "learners" { try OptimizerBenchmark(runs: runs).runLearners() }
if which == "recompute" || which == "all" { try RecomputeBenchmark(runs: runs).run() }
