import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// The API and web map on `http.listen`. The bound address is logged and written to
/// `state_dir/http.address` (it matters with port 0) and opens the start-up gate. A server
/// that cannot bind (a port in use) fails the start with what to do: a service without the
/// API it was configured with would look healthy while nobody can reach it. A server that
/// stops later is logged and shown in /healthz; the inbox goes on.
struct HTTPService: Service {
    let api: APIServer
    let listen: String
    let stateDir: String
    let live: LiveState
    let stream: LiveFeed
    let gate: StartupGate
    let logger: Logger

    func run() async throws {
        let bound = Mutex(false)
        let host = api.endpoint.host
        let app = api.application { [stateDir, logger, gate] port in
            let address = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
            try? AtomicFile.write(Data((address + "\n").utf8), to: (stateDir as NSString).appendingPathComponent("http.address"))
            logger.notice("http listening", metadata: ["address": "\(address)"])
            bound.withLock { $0 = true }
            gate.open()
        }
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                // Keep-alive comments for the event stream while the server runs.
                group.addTask { [stream] in
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .seconds(15))
                        stream.keepAlive()
                    }
                }
                // The stream's clients are let go first, or the server would wait for them.
                try await withGracefulShutdownHandler {
                    try await app.run()
                } onGracefulShutdown: { [stream] in
                    stream.finish()
                }
                group.cancelAll()
            }
        } catch where !bound.withLock({ $0 }) {
            throw ConfigurationError("http.listen \(listen): the API cannot listen there (\(error)); "
                + "stop what uses the port, choose another in http.listen, or set http.listen: off")
        } catch {
            live.setLastError("http server: \(error)")
            logger.error("http server stopped", metadata: ["listen": "\(listen)", "error": "\(error)"])
        }
    }
}
