import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HexaglotCore
import HexaglotServer
import HexaglotStore
import HexaglotTestSupport
import NIOCore

/// A workspace with CL-19/73 (French source, real sentences of the letter), its translations in
/// five languages, a memory with the anniversary sentence in all six, a glossary, and a team:
/// a coordinator, a translator and a reviewer for each target language.
final class ServerFixture: Sendable {
    let folder: URL
    let workspace: Workspace
    /// The database made for the workspace on PostgreSQL.
    private let database: String?
    static let password = "mot-de-passe-2020"

    static let sentences = [
        "Aux États Membres, Membres de Secteur et Associés de l'UIT",
        "Madame, Monsieur,",
        "Cette Journée marque l'anniversaire de l'UIT, créée le 17 mai 1865 avec la signature à Paris de la première Convention télégraphique internationale.",
        "Les TIC au service des Objectifs de développement durable <script>alert('x')</script>",
    ]

    /// The anniversary sentence of the real letter in each language, for the memory.
    static let anniversary: [Language: String] = [
        .fr: "Cette Journée marque l'anniversaire de l'UIT, fondée le 17 mai 1865 avec la signature à Paris de la première Convention télégraphique internationale.",
        .en: "The Day marks the anniversary of the founding of ITU on 17 May 1865, when the first International Telegraph Convention was signed in Paris.",
        .ar: "ويصادف هذا اليوم ذكرى تأسيس الاتحاد في 17 مايو 1865، يوم وُقّعت في باريس الاتفاقية الدولية للبرق الأولى.",
        .zh: "这一天是国际电联的成立纪念日：1865年5月17日，首份《国际电报公约》在巴黎签署，国际电联由此诞生。",
        .es: "Este Día conmemora el aniversario de la UIT, fundada el 17 de mayo de 1865 con la firma en París del primer Convenio Telegráfico Internacional.",
        .ru: "Этот День отмечается в годовщину основания МСЭ 17 мая 1865 года, когда в Париже была подписана первая Международная телеграфная конвенция.",
    ]

    /// Segment 2 ("Madame, Monsieur,") as each language has it.
    static let salutation: [Language: String] = [
        .en: "Dear Sir/Madam,", .ar: "حضرات السادة والسيدات،", .zh: "尊敬的先生/女士：", .es: "Muy Señora mía/Muy Señor mío:", .ru: "Уважаемая госпожа, уважаемый господин,",
    ]

    static let targets: [Language] = [.ar, .zh, .en, .ru, .es]

    init(_ backend: TestBackend = .sqlite) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("hexaglot-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        (workspace, database) = try makeTestWorkspace(backend, in: folder)
        var skeleton = Skeleton()
        var segments: [Segment] = []
        for (i, s) in ServerFixture.sentences.enumerated() {
            skeleton.append(.segment(i))
            skeleton.append(.literal("\n\n"))
            segments.append(Segment(index: i, content: Content(text: s), block: i, blockKind: .paragraph, line: 1 + 2 * i))
        }
        let document = Document(metadata: DocumentMetadata(reference: "CL-19/73", kind: .letter, title: "WTISD 2020", sourceLanguage: LanguageTag(.fr)),
                                format: "markdown", skeleton: skeleton, segments: segments)
        try workspace.importDocument(document, sourceText: document.render(), path: nil)
        for language in ServerFixture.targets {
            try workspace.setTranslation(of: "CL-19/73", segment: 2, language: LanguageTag(language),
                                         content: Content(text: ServerFixture.salutation[language]!), status: .translated, author: "seed")
        }
        let unit = TranslationUnit(variants: Language.allCases.map {
            TranslationUnit.Variant(language: LanguageTag($0), content: Content(text: ServerFixture.anniversary[$0]!))
        })
        _ = try workspace.importMemory(name: "letters.tmx", origin: "letters.tmx", units: [unit])
        var people: [TeamMember] = [TeamMember(name: "amina", role: .coordinator, languages: [])]
        for language in ServerFixture.targets {
            people.append(TeamMember(name: "\(language.rawValue)-translator", role: .translator, languages: [LanguageTag(language)]))
            people.append(TeamMember(name: "\(language.rawValue)-reviewer", role: .reviewer, languages: [LanguageTag(language)]))
        }
        let hash = try PasswordHash.make(ServerFixture.password, cost: 4)
        for p in people { try workspace.addPerson(p, passwordHash: hash) }
    }

    deinit {
        removeTestWorkspace(workspace, database: database)
        try? FileManager.default.removeItem(at: folder)
    }

    func server(_ adjust: (inout ServerOptions) -> Void = { _ in }) -> WebWorkspace {
        var options = ServerOptions()
        options.port = 0
        adjust(&options)
        return WebWorkspace(workspace: workspace, options: options)
    }

    /// Runs `body` with a client of a live server on a loopback port.
    ///
    /// Server and client run on an executor of their own: in the full suite, synchronous tests
    /// hold Swift's cooperative threads (two on this machine) for minutes, and a request whose
    /// continuations waited behind them would time out.
    func withClient<T: Sendable>(_ adjust: (inout ServerOptions) -> Void = { _ in }, _ body: @escaping @Sendable (APIClient) async throws -> T) async throws -> T {
        let app = server(adjust).application()
        return try await withTaskExecutorPreference(QueueExecutor()) {
            try await app.test(.live) { client in try await body(APIClient(client: client)) }
        }
    }
}

/// A test client that keeps the session cookie and CSRF token as a browser would.
// @unchecked: a client belongs to one test, which awaits each call before the next: `cookie` and `csrf` are never used by two tasks at once.
final class APIClient: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    init(client: any TestClientProtocol) { self.client = client }

    struct Reply: Sendable {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var body: String
        var json: [String: Any] {
            ((try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any]) ?? [:]
        }
    }

    @discardableResult
    func call(_ method: HTTPRequest.Method, _ uri: String, json: Any? = nil, raw: String? = nil, bytes: [UInt8]? = nil,
              headers extra: [String: String] = [:], sendCSRF: Bool = true) async throws -> Reply {
        var headers = HTTPFields()
        if let cookie { headers[.cookie] = cookie }
        if sendCSRF, let csrf, method != .get { headers[HTTPField.Name("X-CSRF-Token")!] = csrf }
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: json))
        } else if let raw {
            body = ByteBuffer(string: raw)
        } else if let bytes {
            body = ByteBuffer(bytes: bytes)
        }
        for (k, v) in extra { headers[HTTPField.Name(k)!] = v }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
            Reply(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// Signs in; keeps the cookie and the CSRF token.
    @discardableResult
    func login(_ name: String, password: String = ServerFixture.password) async throws -> Reply {
        let reply = try await call(.post, "/api/login", json: ["name": name, "password": password])
        if reply.status == .ok {
            let setCookie = reply.headers[.setCookie] ?? ""
            cookie = setCookie.split(separator: ";").first.map(String.init)
            csrf = reply.json["csrfToken"] as? String
        }
        return reply
    }

    func segment(_ language: String, _ number: Int) async throws -> [String: Any] {
        try await call(.get, "/api/documents/CL-19-73/\(language)/segments/\(number)").json
    }
}

/// A task executor on a serial dispatch queue of its own, outside Swift's cooperative pool.
final class QueueExecutor: TaskExecutor, Sendable {
    private let queue = DispatchQueue(label: "hexaglot-server-tests")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
