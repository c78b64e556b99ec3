import Foundation
import HTTPTypes
import Logging
import HexaglotTestSupport
import Testing
import HexaglotCore
import HexaglotServer
import HexaglotWorkflow

/// The OpenAPI document describes every route, and the answers of real requests carry the keys
/// its schemas require.
@Suite struct OpenAPITests {
    let document: [String: Any] = SchemaChecker.openAPI

    var paths: [String: [String: Any]] { document["paths"] as? [String: [String: Any]] ?? [:] }

    @Test(arguments: TestBackend.all) func everyRouteIsDescribedAndEveryDescriptionIsARoute(_ backend: TestBackend) throws {
        let f = try ServerFixture(backend)
        // The API's routes; the pages (HTML for browsers: /login, /dashboard, /documents/…, /assets/…) are not part of it.
        let routes = f.server().router(logger: Logger(label: "test")).routes
            .filter { $0.path.description.hasPrefix("/api/") || $0.path.description == "/openapi.json" }
            .map { "\($0.method.rawValue) \($0.path.description)" }
        let described = paths.flatMap { path, methods in methods.keys.map { "\($0.uppercased()) \(path)" } }
        #expect(!routes.isEmpty)
        #expect(Set(routes) == Set(described))
        #expect(document["openapi"] as? String == "3.0.3")
    }

    @Test(arguments: TestBackend.all) func servedAtOpenAPIJSON(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            let reply = try await api.call(.get, "/openapi.json")
            #expect(reply.status == .ok)
            #expect(reply.json["openapi"] as? String == "3.0.3")
        }
    }

    @Test(arguments: TestBackend.all) func answersMatchTheirSchemas(_ backend: TestBackend) async throws {
        let f = try ServerFixture(backend)
        try await f.withClient { api in
            let checker = SchemaChecker(document: SchemaChecker.openAPI)
            let segments = "/api/documents/{reference}/{language}/segments"
            func check(_ method: HTTPRequest.Method, _ template: String, _ uri: String, json: Any? = nil) async throws {
                let reply = try await api.call(method, uri, json: json)
                let problems = try checker.check(reply, method: method, template: template)
                #expect(problems.isEmpty, "\(method) \(uri) \(reply.status.code): \(problems)")
            }
            try await check(.get, "/api/me", "/api/me")
            try await check(.post, "/api/login", "/api/login", json: ["name": "ru-translator", "password": "не тот пароль"])
            try await check(.post, "/api/login", "/api/login", json: ["name": "ru-translator", "password": ServerFixture.password])
            try await check(.get, "/api/me", "/api/me")
            try await check(.get, "/api/documents", "/api/documents")
            try await check(.get, "/api/documents/{reference}", "/api/documents/CL-19-73")
            try await check(.get, "/api/documents/{reference}", "/api/documents/none")
            try await check(.get, segments, "/api/documents/CL-19-73/ru/segments")
            try await check(.get, segments + "/{number}", "/api/documents/CL-19-73/ru/segments/2")
            try await check(.put, segments + "/{number}", "/api/documents/CL-19-73/ru/segments/1",
                            json: ["text": "Государствам-Членам МСЭ", "expectedVersion": 0])
            try await check(.put, segments + "/{number}", "/api/documents/CL-19-73/ru/segments/1",
                            json: ["text": "Государствам-Членам", "expectedVersion": 0])
            try await check(.put, segments + "/{number}", "/api/documents/CL-19-73/zh/segments/1",
                            json: ["text": "致各成员国", "expectedVersion": 0])
            try await check(.post, segments + "/{number}/review", "/api/documents/CL-19-73/ru/segments/1/review",
                            json: ["action": "approve", "expectedVersion": 1])
            try await check(.get, segments + "/{number}/suggestions", "/api/documents/CL-19-73/ru/segments/3/suggestions?min=50")
            try await check(.get, segments + "/{number}/terms", "/api/documents/CL-19-73/ru/segments/3/terms")
            try await check(.get, segments + "/{number}/findings", "/api/documents/CL-19-73/ru/segments/1/findings")
            try await check(.get, segments + "/{number}/history", "/api/documents/CL-19-73/ru/segments/1/history")
            try await check(.get, "/api/coverage", "/api/coverage")
            try await check(.get, "/api/concordance", "/api/concordance?q=1865")
            try await check(.post, "/api/logout", "/api/logout")
        }
    }

    /// The upload's name is required, and its description lists exactly the types the importer reads.
    @Test func theUploadNameListsTheTypesTheImporterReads() throws {
        let post = try #require(paths["/api/documents"]?["post"] as? [String: Any])
        let parameters = try #require(post["parameters"] as? [[String: Any]])
        let filename = try #require(parameters.first { $0["name"] as? String == "filename" })
        #expect(filename["required"] as? Bool == true)
        let description = try #require(filename["description"] as? String)
        let listed = try #require(description.components(separatedBy: "its type: ").last)
        let extensions = listed.split(whereSeparator: { !$0.isLetter && $0 != "." })
            .filter { $0.hasPrefix(".") }.map { String($0.dropFirst()) }
        #expect(Set(extensions) == Set(Importer.extensions))
        // Its pattern takes the names the server takes (any case, a folder part, dots inside) and no other.
        let schema = try #require(filename["schema"] as? [String: Any])
        let pattern = try NSRegularExpression(pattern: try #require(schema["pattern"] as? String))
        func matches(_ name: String) -> Bool {
            pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
        for ext in Importer.extensions {
            #expect(matches("CL-19-73.ru.\(ext)") && matches("../Письмо.\(ext.uppercased())") && matches("a..\(ext)"))
            #expect(!matches(".\(ext)") && !matches("dossier/.\(ext)") && !matches("CL-19-73.\(ext).pdf"))
        }
        #expect(!matches("0") && !matches("memory.tmx") && !matches("CL-19-73.md/"))
    }
}

/// Checks a JSON answer against the OpenAPI schema of its status: required keys, types of
/// objects and arrays, nullability, recursively through `$ref`, `allOf` and items.
struct SchemaChecker {
    let document: [String: Any]

    /// The server's OpenAPI document, parsed.
    static var openAPI: [String: Any] {
        (try? JSONSerialization.jsonObject(with: OpenAPIDocument.data)) as? [String: Any] ?? [:]
    }

    func check(_ reply: APIClient.Reply, method: HTTPRequest.Method, template: String) throws -> [String] {
        let paths = document["paths"] as? [String: [String: Any]] ?? [:]
        guard let operation = paths[template]?[method.rawValue.lowercased()] as? [String: Any] else { return ["no operation \(method) \(template)"] }
        let responses = operation["responses"] as? [String: Any] ?? [:]
        guard let response = responses[String(reply.status.code)] as? [String: Any] else {
            return ["status \(reply.status.code) is not described"]
        }
        guard let content = response["content"] as? [String: Any] else { return reply.body.isEmpty ? [] : ["a body where none is described"] }
        guard let schema = (content["application/json"] as? [String: Any])?["schema"] else { return ["no JSON schema"] }
        let value = try JSONSerialization.jsonObject(with: Data(reply.body.utf8), options: [.fragmentsAllowed])
        var problems: [String] = []
        validate(value, schema, "$", &problems)
        return problems
    }

    func resolve(_ schema: Any) -> [String: Any] {
        guard var s = schema as? [String: Any] else { return [:] }
        if let ref = s["$ref"] as? String {
            let name = String(ref.split(separator: "/").last ?? "")
            s = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any])?[name] as? [String: Any] ?? [:]
        }
        return s
    }

    func validate(_ value: Any, _ schema: Any, _ path: String, _ problems: inout [String]) {
        let s = resolve(schema)
        if value is NSNull {
            if s["nullable"] as? Bool != true { problems.append("\(path): null where not nullable") }
            return
        }
        if let all = s["allOf"] as? [Any] {
            for part in all { validate(value, part, path, &problems) }
            return
        }
        switch s["type"] as? String {
        case "object":
            guard let object = value as? [String: Any] else { problems.append("\(path): not an object"); return }
            for key in s["required"] as? [String] ?? [] where object[key] == nil {
                problems.append("\(path): lacks required \(key)")
            }
            let properties = s["properties"] as? [String: Any] ?? [:]
            for (key, v) in object {
                if let p = properties[key] { validate(v, p, "\(path).\(key)", &problems) }
                else if let extra = s["additionalProperties"], !(extra is Bool) { validate(v, extra, "\(path).\(key)", &problems) }
            }
        case "array":
            guard let array = value as? [Any] else { problems.append("\(path): not an array"); return }
            if let items = s["items"] { for (i, v) in array.enumerated() { validate(v, items, "\(path)[\(i)]", &problems) } }
        case "string":
            if !(value is String) { problems.append("\(path): not a string") }
            if let allowed = s["enum"] as? [String], let v = value as? String, !allowed.contains(v) { problems.append("\(path): \(v) not in enum") }
        case "integer", "number":
            if !(value is NSNumber) || value is Bool && false { problems.append("\(path): not a number") }
        case "boolean":
            if !(value is NSNumber) { problems.append("\(path): not a boolean") }
        default:
            break
        }
    }
}
