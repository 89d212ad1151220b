import ControlMapCore
import ControlMapStore
import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// The read-only HTTP API and web map of `controlmap serve` (Hummingbird 2): the map, places
/// with their evidence, events, changes, unresolved mentions, feeds, health, Prometheus metrics
/// and a server-sent event stream; the web page and its Leaflet copy.
public struct APIServer: Sendable {
    let config: ControlMapConfiguration
    let store: ControlMapStore
    let live: LiveState
    let stream: LiveFeed
    let metrics: ServiceMetrics
    let feeds: FeedBoard
    let publisher: SnapshotPublisher
    let logger: Logger
    let endpoint: HTTPEndpoint

    public init(config: ControlMapConfiguration, store: ControlMapStore, live: LiveState, stream: LiveFeed,
                metrics: ServiceMetrics, feeds: FeedBoard, logger: Logger) throws {
        self.config = config
        self.store = store
        self.live = live
        self.stream = stream
        self.metrics = metrics
        self.feeds = feeds
        self.publisher = SnapshotPublisher(outputDir: config.outputDir, retention: config.snapshotRetention,
                                           staleAfterDays: config.staleAfterDays)
        self.logger = logger
        endpoint = try HTTPEndpoint(listen: config.httpListen, token: config.httpToken)
    }

    /// The application, bound to `http.listen`; `onBound` receives the actual port (useful
    /// with port 0).
    public func application(onBound: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: BearerTokenMiddleware(token: endpoint.token))
        routes(router)
        // Idle connections and half-sent requests are closed, and the connections held at once
        // are bounded: slow clients cannot starve the API or take the inbox's file descriptors.
        return Application(router: router,
                           server: .http1(configuration: .init(idleTimeout: .seconds(Int64(config.httpIdleTimeoutSeconds)))),
                           configuration: .init(address: .hostname(endpoint.host, port: endpoint.port), serverName: "ControlMap",
                                                availableConnectionsDelegate: MaximumAvailableConnections(config.httpMaxConnections)),
                           onServerRunning: { channel in await onBound(channel.localAddress?.port ?? 0) },
                           logger: logger)
    }

    func routes(_ router: Router<BasicRequestContext>) {
        // HEAD wherever GET works (RFC 9110 §9.3.2): the same answer without its body. Monitors
        // and caches probe with HEAD; a 404 for an existing resource misleads them.
        func get(_ path: RouterPath, _ handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Response) {
            router.get(path, use: handler)
            router.head(path) { request, context in
                var response = try await handler(request, context)
                response.body = ResponseBody()
                return response
            }
        }
        get("/v1/map.geojson") { request, _ in try self.map(request) }
        get("/v1/places/:id") { request, context in
            let raw = try context.parameters.require("id")
            return try self.place(raw.removingPercentEncoding ?? raw, request)
        }
        get("/v1/events") { request, _ in try self.events(request) }
        get("/v1/changes") { request, _ in try self.changes(request) }
        get("/v1/unresolved") { request, _ in try self.unresolved(request) }
        get("/v1/feeds") { _, _ in try self.feedStates() }
        get("/v1/legend") { _, _ in
            Self.json(.object([("actors", .array(StyleHint.colours.sorted { $0.key < $1.key }.map {
                .object([("id", .string($0.key)), ("colour", .string($0.value))])
            })), ("contested", .string("#ff00ff")), ("unknown", .string(StyleHint.colour(for: nil)))]))
        }
        get("/v1/timeline") { _, _ in
            let dates = try self.store.eventDates()
            return Self.json(.object([("first", .string(dates.first)), ("last", .string(dates.last)),
                                      ("dates", .array(dates.map { .string($0) }))]))
        }
        get("/v1/stream") { _, _ in self.eventStream() }
        get("/healthz") { request, _ in self.health(detailed: self.endpoint.token.map { BearerTokenMiddleware<BasicRequestContext>.presents($0, in: request) } ?? true) }
        get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(bytes: self.metrics.exposition(lastPublication: self.live.map?.generated))))
        }
        let web = StaticFiles(webDir: config.webDir, leafletDir: config.leafletDir)
        get("/") { _, _ in try web.response(for: "index.html") }
        get("/openapi.json") { _, _ in try web.response(for: "openapi.json") }
        get("/assets/:file") { _, context in try web.response(for: context.parameters.require("file")) }
        get("/leaflet/**") { _, context in try web.leaflet(context.parameters.getCatchAll().joined(separator: "/")) }
    }

    // MARK: Endpoints

    func map(_ request: Request) throws -> Response {
        if let at = request.uri.queryParameters["at"] {
            let date = try Self.date(at, "at")
            let body = Array(try publisher.snapshot(store: store, at: date).serialized().utf8)
            return Self.tagged(body, etag: LiveState.etag(body), request: request, type: "application/geo+json")
        }
        let map = try currentMap()
        return Self.tagged(map.body, etag: map.etag, request: request, type: "application/geo+json")
    }

    /// The published map, made once here if the service has not published yet.
    func currentMap() throws -> LiveState.Map {
        if let map = live.map { return map }
        let now = Date()
        let body = Array(try publisher.snapshot(store: store, now: now).serialized().utf8)
        let map = LiveState.Map(body: body, etag: LiveState.etag(body), generated: now)
        live.setMap(map)
        return map
    }

    func place(_ id: String, _ request: Request) throws -> Response {
        var placeID = id
        var events = try store.events(placeID: placeID)
        if events.isEmpty, let found = try store.findPlaces(id).first {
            placeID = found
            events = try store.events(placeID: found)
        }
        guard let first = events.last ?? events.first else { throw APIError.notFound("no events for place \(id)") }
        let at = try request.uri.queryParameters["at"].map { try Self.date($0, "at") }
        let state = ControlStateReducer.state(placeID: placeID, events: events, at: at)
        let today = at ?? Timestamp.day(Date())
        let history = events.sorted { ControlEvent.applicationOrder($0, $1) }.map(Self.eventObject)
        let body: JSONValue = .object([
            ("id", .string(placeID)), ("name", .string(first.placeName ?? first.mention)), ("name_ar", .string(first.placeNameAr)),
            ("kind", .string(first.placeKind?.rawValue)), ("lat", .number(first.lat)), ("lon", .number(first.lon)),
            ("state", state.map { publisher.builder.feature($0, asOf: today)["properties"] ?? .null } ?? .null),
            ("history", .array(history)),
        ])
        return Self.json(body)
    }

    func events(_ request: Request) throws -> Response {
        let q = request.uri.queryParameters
        // The collection lists located events only: the limit must count those, not all rows.
        var query = EventQuery()
        query.locatedOnly = true
        if let s = q["since"] { query.since = try Self.date(s, "since") }
        if let u = q["until"] { query.until = try Self.date(u, "until") }
        if let k = q["kind"] {
            guard let kind = ControlKind(rawValue: String(k)) else {
                throw APIError.badRequest("kind must be one of \(ControlKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            query.kind = kind
        }
        if let a = q["actor"] { query.actor = String(a) }
        if let p = q["place"] {
            let text = String(p)
            query.placeID = try store.events(placeID: text).isEmpty ? (try store.findPlaces(text).first ?? text) : text
        }
        if let l = q["limit"] {
            guard let n = Int(l), n > 0 else { throw APIError.badRequest("limit must be a positive number") }
            query.limit = n
        }
        let found = try store.events(query)
        let body = publisher.builder.eventsCollection(found, generated: Timestamp.iso8601(Date()), limit: query.limit)
        return Self.geojson(body)
    }

    /// Changes since a published snapshot (its name or `generated` time) or, given a day, since
    /// the map as it stood on that day; without `since`, since the previous publication.
    func changes(_ request: Request) throws -> Response {
        guard let since = request.uri.queryParameters["since"].map(String.init) else {
            let path = (config.outputDir as NSString).appendingPathComponent("changes.geojson")
            if let data = FileManager.default.contents(atPath: path) {
                return Response(status: .ok, headers: [.contentType: "application/geo+json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
            }
            // Nothing published yet: every place on the map is new.
            let current = try store.mapForPublication().states.compactMap(MapEntry.init)
            return Self.geojson(publisher.builder.changesCollection(MapChange.between([], current), generated: Timestamp.iso8601(Date()), since: nil))
        }
        guard let changes = try publisher.changes(store: store, since: since) else {
            throw APIError.notFound("no retained snapshot named or generated \(since); use a snapshot name from the stream, a time like 2026-11-26T08:00:00Z, or a day YYYY-MM-DD")
        }
        return Self.geojson(changes)
    }

    func unresolved(_ request: Request) throws -> Response {
        let limit = request.uri.queryParameters["limit"].flatMap { Int($0) } ?? 100
        let rows = try store.unresolvedMentions(limit: max(1, min(limit, 10_000)))
        return Self.json(.object([("mentions", .array(rows.map { r in
            .object([("text", .string(r.text)), ("count", .number(Double(r.count))), ("in_events", .number(Double(r.inEvents))),
                     ("context", .string(r.context))])
        }))]))
    }

    func feedStates() throws -> Response {
        let states = try FeedStateJSON.states(config.feeds, store: store)
        return Self.json(.object([("feeds", .array(states.map { FeedStateJSON.object($0.feed, $0.state) }))]))
    }

    /// The health answer; without the token (when one is configured) only the status, whether
    /// the service is ready and the store reachable: failing feed URLs and error texts are for
    /// the operator.
    func health(detailed: Bool = true) -> Response {
        let ready = live.ready
        // A store that answers reads but refuses writes (a full disk) is no healthy store, and a
        // map that cannot be written out is not being served fresh.
        let storeOK = store.isReachable() && !live.storageFailing
        let publishOK = !live.publishFailing
        let healthy = ready && storeOK && publishOK
        let status: JSONValue = .string(healthy ? "ok" : ready ? "degraded" : "starting")
        let code: HTTPResponse.Status = healthy ? .ok : .serviceUnavailable
        guard detailed else {
            return Self.json(.object([("status", status), ("ready", .bool(ready)), ("store_ok", .bool(storeOK))]), status: code)
        }
        let counts = try? store.counts()
        let failing = feeds.reports.filter { $0.result == "error" }.map(\.url)
        let last = live.lastDocument
        let body: JSONValue = .object([
            ("status", status), ("ready", .bool(ready)), ("store_ok", .bool(storeOK)), ("publish_ok", .bool(publishOK)),
            ("last_document", last.map { .object([("id", .string($0.id)), ("at", .string(Timestamp.iso8601($0.at)))]) } ?? .null),
            ("documents", .number(counts.map { Double($0.documents) })), ("events", .number(counts.map { Double($0.events) })),
            ("places", .number(counts.map { Double($0.places) })),
            ("map_generated", .string(live.map.map { Timestamp.iso8601($0.generated) })),
            ("feeds_failing", .array(failing.map { .string($0) })),
            ("last_error", .string(live.lastError)),
        ])
        return Self.json(body, status: code)
    }

    func eventStream() -> Response {
        let messages = stream.subscribe()
        let hello = "event: hello\ndata: {\"map_generated\": \"\(live.map.map { Timestamp.iso8601($0.generated) } ?? "")\"}\n\n"
        return Response(status: .ok,
                        headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"],
                        body: .init { writer in
                            try await writer.write(ByteBuffer(string: hello))
                            for await message in messages {
                                try await writer.write(ByteBuffer(string: message))
                            }
                            try await writer.finish(nil)
                        })
    }

    // MARK: Shapes

    static func eventObject(_ e: ControlEvent) -> JSONValue {
        .object([
            ("kind", .string(e.kind.rawValue)), ("actor", .string(e.actor)), ("from_actor", .string(e.fromActor)),
            ("share", .number(e.share)), ("date", .string(e.effectiveDate.description)), ("reported_date", .string(e.date?.description)),
            ("background", .bool(e.background)), ("confidence", .number(e.confidence)), ("evidence", .string(e.evidence)),
            ("mention", .string(e.mention)), ("document", .string(e.documentID)), ("source", .string(e.source)), ("url", .string(e.url)),
        ])
    }

    static func date(_ text: Substring, _ name: String) throws -> EventDate {
        // The value is echoed at most 40 characters long: an error body stays small whatever was sent.
        guard let d = EventDate(String(text)), text.count <= 25 else {
            throw APIError.badRequest("\(name) must be a date YYYY-MM-DD, not \(text.prefix(40))\(text.count > 40 ? "..." : "")")
        }
        return d
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: value.serialized())))
    }

    static func geojson(_ value: JSONValue) -> Response {
        Response(status: .ok, headers: [.contentType: "application/geo+json"], body: .init(byteBuffer: ByteBuffer(string: value.serialized())))
    }

    /// A body with its entity tag; 304 when the client already has it.
    static func tagged(_ body: [UInt8], etag: String, request: Request, type: String) -> Response {
        if let sent = request.headers[.ifNoneMatch], sent.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == etag || $0 == "*" }) {
            return Response(status: .notModified, headers: [.eTag: etag, .cacheControl: "no-cache"])
        }
        return Response(status: .ok, headers: [.contentType: type, .eTag: etag, .cacheControl: "no-cache"],
                        body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Where the HTTP server listens, and whether it must ask for a token.
struct HTTPEndpoint: Sendable {
    let host: String
    let port: Int
    let token: String?

    init(listen: String, token: String?) throws {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]), (0...65535).contains(port) else {
            throw ConfigurationError("http.listen must be HOST:PORT (such as 127.0.0.1:8750), not \(listen)")
        }
        host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        self.port = port
        let loopback = host == "localhost" || host.hasPrefix("127.") || host == "::1"
        let token = token.flatMap { $0.isEmpty ? nil : $0 }
        if !loopback, token == nil {
            throw ConfigurationError("http.listen \(listen) is not a loopback address: set http.token (clients then send Authorization: Bearer TOKEN) or listen on 127.0.0.1")
        }
        self.token = token
    }
}

/// An API error that becomes a JSON response with its status.
struct APIError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String

    static func badRequest(_ m: String) -> APIError { APIError(status: .badRequest, message: m) }
    static func notFound(_ m: String) -> APIError { APIError(status: .notFound, message: m) }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var r = APIServer.json(.object([("error", .string(message))]), status: status)
        r.status = status
        return r
    }
}
