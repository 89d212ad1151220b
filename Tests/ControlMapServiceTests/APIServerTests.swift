import ControlMapStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
@testable import ControlMapService

/// The API's routes in process (HummingbirdTesting's router framework): no socket, the real
/// store, the real middleware. The end-to-end tests run the same routes over TCP.
@Suite(.serialized) struct APIServerTests {
    /// A store holding three located events, and the API over it.
    static func api(token: String? = nil) async throws -> (APIServer, DaemonServiceTests.Rig) {
        let rig = try DaemonServiceTests.Rig()
        try rig.drop("a.txt", "Palmyra\n\nSyrian government forces recaptured Palmyra from ISIS on Monday.\n")
        try rig.drop("b.txt", "Raqqa\n\nThe SDF captured Raqqa from ISIS on Tuesday.\n")
        try rig.drop("c.txt", "Mosul\n\nIraqi forces recaptured Mosul from ISIS on Wednesday.\n")
        var backoff = Backoff()
        var attempted: Set<String>?
        _ = try await rig.worker.pass(backoff: &backoff, attempted: &attempted)
        var config = rig.running.context.config
        if let token {
            config.httpListen = "0.0.0.0:0"
            config.httpToken = token
        } else {
            config.httpListen = "127.0.0.1:0"
        }
        let live = rig.announcer.live
        live.setReady(true)
        live.setMap(.init(body: Array("{}".utf8), etag: LiveState.etag(Array("{}".utf8)), generated: Date()))
        let api = try APIServer(config: config, store: rig.store, live: live, stream: rig.announcer.stream,
                                metrics: rig.announcer.metrics, feeds: FeedBoard(), logger: Logger(label: "test"))
        return (api, rig)
    }

    static func json(_ body: ByteBuffer) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any]
    }

    @Test func eventsGivesExactlyTheLimitAsked() async throws {
        let (api, rig) = try await Self.api()
        let stored = try rig.store.counts().events
        #expect(stored >= 3)
        try await api.application().test(.router) { client in
            for limit in 1...3 {
                try await client.execute(uri: "/v1/events?limit=\(limit)", method: .get) { response in
                    #expect(response.status == .ok)
                    #expect((Self.json(response.body)?["features"] as? [Any])?.count == limit)
                }
            }
            try await client.execute(uri: "/v1/events?limit=0", method: .get) { #expect($0.status == .badRequest) }
            try await client.execute(uri: "/v1/events?limit=many", method: .get) { #expect($0.status == .badRequest) }
        }
    }

    @Test func headAnswersLikeGetWithoutABody() async throws {
        let (api, _) = try await Self.api()
        try await api.application().test(.router) { client in
            let get = try await client.execute(uri: "/v1/map.geojson", method: .get)
            let head = try await client.execute(uri: "/v1/map.geojson", method: .head)
            #expect(get.status == .ok && head.status == .ok)
            #expect(head.body.readableBytes == 0 && get.body.readableBytes > 0)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.eTag] == get.headers[.eTag])
        }
    }

    @Test func impossibleDatesAndLongValuesAreRefusedBriefly() async throws {
        let (api, _) = try await Self.api()
        try await api.application().test(.router) { client in
            try await client.execute(uri: "/v1/map.geojson?at=2017-02-30", method: .get) { #expect($0.status == .badRequest) }
            let long = String(repeating: "x", count: 20_000)
            try await client.execute(uri: "/v1/map.geojson?at=\(long)", method: .get) { response in
                #expect(response.status == .badRequest)
                #expect(response.body.readableBytes < 1_000)
            }
        }
    }

    @Test func everyRouteButThePageAndAMinimalHealthAsksForTheToken() async throws {
        let (api, _) = try await Self.api(token: "s3cret-token")
        let bearer: HTTPFields = [.authorization: "Bearer s3cret-token"]
        try await api.application().test(.router) { client in
            for route in ["/v1/map.geojson", "/v1/events", "/v1/feeds", "/v1/changes", "/v1/timeline", "/v1/unresolved", "/metrics"] {
                let rest = route.dropFirst()
                for variant in ["/" + rest, "//" + rest, "///" + rest, "/" + rest + "/", "/./" + rest, "/" + rest.replacingOccurrences(of: "/", with: "//")] {
                    let status = try await client.execute(uri: variant, method: .get).status
                    #expect(status == .unauthorized || status == .notFound, "\(variant) answered \(status) without a token")
                }
                let granted = try await client.execute(uri: route, method: .get, headers: bearer).status
                #expect(granted == .ok, "\(route) answered \(granted) with the token")
            }
            try await client.execute(uri: "/v1/events", method: .get, headers: [.authorization: "Bearer wrong"]) { #expect($0.status == .unauthorized) }
            // Health without the token says only whether the service is well.
            try await client.execute(uri: "/healthz", method: .get) { response in
                let health = Self.json(response.body)
                #expect(response.status == .ok && health?["status"] != nil)
                #expect(health?["last_error"] == nil && health?["feeds_failing"] == nil)
            }
            try await client.execute(uri: "/healthz", method: .get, headers: bearer) { response in
                #expect(Self.json(response.body)?["feeds_failing"] != nil)
            }
        }
    }
}
