import Foundation
import HTTPTypes
import HexaglotTestSupport
import Testing
import HexaglotCore
import HexaglotServer

/// Each role × each write × its own and another language, through the API.
@Suite struct AuthorizationMatrixTests {
    enum Write: CaseIterable { case draft, translate, review, approve, reject, edit }

    func attempt(_ write: Write, _ api: APIClient, language: Language) async throws -> HTTPResponse.Status {
        let uri = "/api/documents/CL-19-73/\(language.rawValue)/segments/2"
        let version = try await api.segment(language.rawValue, 2)["version"] as? Int ?? 0
        let text = ServerFixture.salutation[language]! + " "
        switch write {
        case .draft:
            return try await api.call(.put, uri, json: ["text": text + "…", "status": "draft", "expectedVersion": version]).status
        case .translate:
            return try await api.call(.put, uri, json: ["text": text + "!", "expectedVersion": version]).status
        case .review:
            return try await api.call(.post, uri + "/review", json: ["action": "review", "expectedVersion": version]).status
        case .approve:
            return try await api.call(.post, uri + "/review", json: ["action": "approve", "expectedVersion": version]).status
        case .reject:
            return try await api.call(.post, uri + "/review", json: ["action": "reject", "comment": "terminologie", "expectedVersion": version]).status
        case .edit:
            return try await api.call(.post, uri + "/review", json: ["action": "edit", "text": text + "?", "expectedVersion": version]).status
        }
    }

    @Test(arguments: [Role.coordinator, .translator, .reviewer])
    func everyRoleEveryWriteOwnAndOtherLanguage(role: Role) async throws {
        for own in [Language.ru, .ar] {
            let other: Language = own == .ru ? .zh : .es
            for write in Write.allCases {
                let f = try ServerFixture()
                try await f.withClient { api in
                    let name = role == .coordinator ? "amina" : "\(own.rawValue)-\(role.rawValue)"
                    #expect(try await api.login(name).status == .ok)
                    let mayOwn: Bool
                    switch write {
                    case .draft, .translate: mayOwn = role == .translator
                    case .review, .approve, .reject, .edit: mayOwn = role == .reviewer
                    }
                    let before = try await api.segment(other.rawValue, 2)
                    let ownStatus = try await attempt(write, api, language: own)
                    let otherStatus = try await attempt(write, api, language: other)
                    #expect(ownStatus == (mayOwn ? .ok : .forbidden), "\(role) \(write) \(own)")
                    #expect(otherStatus == .forbidden, "\(role) \(write) \(other)")
                    // A refused write leaves the segment as it was.
                    let after = try await api.segment(other.rawValue, 2)
                    #expect(after["version"] as? Int == before["version"] as? Int)
                    #expect(after["target"] as? String == before["target"] as? String)
                }
            }
        }
    }

    @Test(arguments: TestBackend.all) func theHistoryRecordsWhoWrote(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            try await api.login("zh-translator")
            let saved = try await api.call(.put, "/api/documents/CL-19-73/zh/segments/1",
                                           json: ["text": "致国际电联各成员国、部门成员、部门准成员", "expectedVersion": 0])
            #expect(saved.status == .ok)
            try await api.call(.post, "/api/logout")
            try await api.login("zh-reviewer")
            let approved = try await api.call(.post, "/api/documents/CL-19-73/zh/segments/1/review",
                                              json: ["action": "approve", "expectedVersion": 1])
            #expect(approved.status == .ok)
            #expect((approved.json["segment"] as? [String: Any])?["status"] as? String == "approved")
            let history = try await api.call(.get, "/api/documents/CL-19-73/zh/segments/1/history").json["history"] as? [[String: Any]] ?? []
            #expect(history.map { $0["author"] as? String } == ["zh-reviewer", "zh-reviewer", "zh-translator"])
            #expect(history.map { $0["to"] as? String } == ["approved", "reviewed", "translated"])
        }
    }
}
