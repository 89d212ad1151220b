import Foundation
import Testing

/// The installed service's sharing model, checked with real users as the unit sets it up: the
/// service runs as its own user and group, a member of the group drops an article into the
/// inbox and reads the map, nobody else can drop one, and the store stays the service's alone.
@Suite struct GroupAccessTests {
    /// Runs a shell script as `user` with the user's groups (setpriv from util-linux).
    static func asUser(_ user: String, group: String, umask: String, _ script: String) throws -> (status: Int32, output: String) {
        try BinaryRunner.tool("/usr/bin/setpriv", ["--reuid=\(user)", "--regid=\(group)", "--init-groups", "--", "/bin/sh", "-c", "umask \(umask); \(script)"])
    }

    static func command(_ path: String, _ arguments: [String]) throws -> Int32 {
        try BinaryRunner.tool(path, arguments).status
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test(.enabled(if: getuid() == 0, "creating users and switching to them needs root"))
    func aGroupMemberDropsAnArticleAndReadsTheMapAndNobodyElseDoes() throws {
        let tag = String(UUID().uuidString.prefix(6)).lowercased()
        let group = "cmg\(tag)", service = "cms\(tag)", member = "cmm\(tag)", outsider = "cmo\(tag)"
        try #require(try Self.command("/usr/sbin/groupadd", [group]) == 0)
        defer { _ = try? Self.command("/usr/sbin/groupdel", [group]) }
        for (user, groups) in [(service, ["-g", group]), (member, ["-G", group]), (outsider, [])] {
            try #require(try Self.command("/usr/sbin/useradd", ["-M", "-s", "/usr/sbin/nologin"] + groups + [user]) == 0)
        }
        defer { for user in [service, member, outsider] { _ = try? Self.command("/usr/sbin/userdel", [user]) } }

        // The service's directory as systemd makes it: StateDirectory=controlmap, mode 0750.
        let cm = try BinaryRunner(sharedGazetteer: false)
        defer { cm.cleanUp() }
        #expect(chmod(cm.dir, 0o755) == 0)
        let home = cm.dir + "/lib"
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        var config = try String(contentsOfFile: cm.config, encoding: .utf8)
        for folder in ["state", "inbox", "out"] {
            config = config.replacingOccurrences(of: "\(cm.dir)/\(folder)", with: "\(home)/\(folder)")
        }
        try config.write(toFile: cm.config, atomically: true, encoding: .utf8)
        #expect(chmod(cm.config, 0o644) == 0)
        #expect(try Self.command("/bin/chown", ["\(service):\(group)", home]) == 0)
        #expect(chmod(home, 0o750) == 0)
        let serve = "exec \(BinaryRunner.binary) serve --once --config \(cm.config)"

        // First start: the service makes its folders, each with its mode.
        let first = try Self.asUser(service, group: group, umask: "0027", serve)
        #expect(first.status == 0, "\(first.output)")
        #expect(Self.mode(home + "/inbox/new") == 0o2770)
        #expect(Self.mode(home + "/inbox/tmp") == 0o2770)
        #expect(Self.mode(home + "/inbox/cur") == 0o2750)
        #expect(Self.mode(home + "/state") == 0o700)

        // A member writes in tmp/ and moves into new/, as Maildir writers do.
        let drop = try Self.asUser(member, group: member, umask: "0022",
                                   "printf 'Report\\n\\nRebels took Saraqib on Monday.\\n' > \(home)/inbox/tmp/report.txt && mv \(home)/inbox/tmp/report.txt \(home)/inbox/new/report.txt")
        #expect(drop.status == 0, "\(drop.output)")
        // Someone outside the group can neither drop a file nor look into the store.
        let refused = try Self.asUser(outsider, group: outsider, umask: "0022", "echo x > \(home)/inbox/new/intruder.txt")
        #expect(refused.status != 0)

        let second = try Self.asUser(service, group: group, umask: "0027", serve)
        #expect(second.status == 0, "\(second.output)")
        #expect(FileManager.default.fileExists(atPath: home + "/inbox/cur/report.txt"))
        #expect(!FileManager.default.fileExists(atPath: home + "/inbox/new/intruder.txt"))

        // The member reads the map; the store is the service's alone.
        let map = try Self.asUser(member, group: member, umask: "0022", "cat \(home)/out/latest.geojson")
        #expect(map.status == 0 && map.output.contains("Saraqib"), "\(map.output.prefix(300))")
        let store = try Self.asUser(member, group: member, umask: "0022", "cat \(home)/state/controlmap.sqlite > /dev/null")
        #expect(store.status != 0)
    }
}
