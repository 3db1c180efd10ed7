import Foundation
import RecallCore
import Testing

struct AnkiSyncPlanTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let synced = AnkiSyncState(usn: 4, schemaModified: 1000, modified: 2000, lastSync: now.addingTimeInterval(-3600))

    static func server(modified: Int64 = 2000, schema: Int64 = 1000, empty: Bool = false, time: Int64 = 1_800_000_000) -> AnkiSyncMeta {
        AnkiSyncMeta(modified: modified, schemaModified: schema, usn: 4, serverTime: time, empty: empty)
    }

    struct PlanCase: CustomTestStringConvertible, Sendable {
        var name: String
        var local: AnkiSyncLocal
        var server: AnkiSyncMeta
        var plan: AnkiSyncPlan
        var testDescription: String { name }

        static let all: [PlanCase] = [
            PlanCase(name: "never synced, both hold cards: either way",
                     local: AnkiSyncLocal(state: nil, empty: false, changedSinceSync: false), server: AnkiSyncPlanTests.server(),
                     plan: .fullSync(uploadAllowed: true, downloadAllowed: true)),
            PlanCase(name: "never synced, recall empty: download only",
                     local: AnkiSyncLocal(state: nil, empty: true, changedSinceSync: false), server: AnkiSyncPlanTests.server(),
                     plan: .fullSync(uploadAllowed: false, downloadAllowed: true)),
            PlanCase(name: "never synced, server empty: upload only",
                     local: AnkiSyncLocal(state: nil, empty: false, changedSinceSync: false), server: AnkiSyncPlanTests.server(empty: true),
                     plan: .fullSync(uploadAllowed: true, downloadAllowed: false)),
            PlanCase(name: "never synced, both empty: nothing",
                     local: AnkiSyncLocal(state: nil, empty: true, changedSinceSync: false), server: AnkiSyncPlanTests.server(empty: true),
                     plan: .bothEmpty),
            PlanCase(name: "schema changed on the server: full sync",
                     local: AnkiSyncLocal(state: AnkiSyncPlanTests.synced, empty: false, changedSinceSync: false), server: AnkiSyncPlanTests.server(schema: 1500),
                     plan: .fullSync(uploadAllowed: true, downloadAllowed: true)),
            PlanCase(name: "nothing changed on either side",
                     local: AnkiSyncLocal(state: AnkiSyncPlanTests.synced, empty: false, changedSinceSync: false), server: AnkiSyncPlanTests.server(),
                     plan: .upToDate),
            PlanCase(name: "reviews in recall only",
                     local: AnkiSyncLocal(state: AnkiSyncPlanTests.synced, empty: false, changedSinceSync: true), server: AnkiSyncPlanTests.server(),
                     plan: .incremental(localChanged: true, serverChanged: false)),
            PlanCase(name: "changes on the server only",
                     local: AnkiSyncLocal(state: AnkiSyncPlanTests.synced, empty: false, changedSinceSync: false), server: AnkiSyncPlanTests.server(modified: 2500),
                     plan: .incremental(localChanged: false, serverChanged: true)),
        ]
    }

    @Test(arguments: PlanCase.all)
    func planFollowsAnkisRules(_ test: PlanCase) throws {
        let plan = try AnkiSyncPlan.decide(local: test.local, server: test.server, now: Self.now)
        #expect(plan == test.plan)
    }

    @Test func clockMoreThanFiveMinutesOffIsRefusedWithTheSkewInMinutes() throws {
        let local = AnkiSyncLocal(state: Self.synced, empty: false, changedSinceSync: false)
        #expect(throws: AnkiSyncRefusal.clockSkew(seconds: 600)) {
            try AnkiSyncPlan.decide(local: local, server: Self.server(time: 1_800_000_600), now: Self.now)
        }
        #expect(AnkiSyncRefusal.clockSkew(seconds: -600).localizedDescription.hasPrefix(
            "this computer's clock is 10 minutes ahead of the sync server's"))
        let withinSkew = try AnkiSyncPlan.decide(local: local, server: Self.server(time: 1_800_000_290), now: Self.now)
        #expect(withinSkew == .upToDate)
    }

    @Test func serverThatSaysStopIsRefusedWithItsMessage() {
        var meta = Self.server()
        meta.shouldContinue = false
        meta.message = "Your client is too old."
        let local = AnkiSyncLocal(state: nil, empty: false, changedSinceSync: false)
        #expect(throws: AnkiSyncRefusal.serverStopped(message: "Your client is too old.")) {
            try AnkiSyncPlan.decide(local: local, server: meta, now: Self.now)
        }
    }

    @Test func fullSyncDirectionTakesTheFlagAsksWithoutOneAndRefusesToEmptyASide() throws {
        let requested = try AnkiFullSyncDirection.resolve(uploadAllowed: true, downloadAllowed: true, requested: .upload)
        #expect(requested == .upload)
        let unanswered = try AnkiFullSyncDirection.resolve(uploadAllowed: true, downloadAllowed: true, requested: nil)
        #expect(unanswered == nil)
        #expect(throws: AnkiFullSyncRefusal.serverEmpty) {
            try AnkiFullSyncDirection.resolve(uploadAllowed: true, downloadAllowed: false, requested: .download)
        }
        #expect(throws: AnkiFullSyncRefusal.recallEmpty) {
            try AnkiFullSyncDirection.resolve(uploadAllowed: false, downloadAllowed: true, requested: .upload)
        }
    }
}
