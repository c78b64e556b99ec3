import HexaglotCore

/// The `<header>` of a TMX file: what made it and how its units are segmented.
///
/// The seven attributes TMX 1.4b requires have their own properties (an attribute absent
/// from a file read gives ""); any other header attribute (`o-encoding`, `creationdate`,
/// `creationid`…) is kept as written in ``attributes``. The defaults describe a file
/// Hexaglot writes. `<ude>` elements (user-defined encodings) are skipped on reading.
public struct TMXHeader: Hashable, Sendable {
    /// The `version` of the `<tmx>` element read ("1.4"); a written file always says 1.4.
    public var version: String
    /// `creationtool`, `creationtoolversion`.
    public var creationTool: String
    public var creationToolVersion: String
    /// `segtype`: block, paragraph, sentence or phrase.
    public var segmentType: String
    /// `o-tmf`: the format of the memory the file was exported from.
    public var originalFormat: String
    /// `adminlang`: the language of notes and properties.
    public var adminLanguage: String
    /// `srclang`: the source language of the units, or `*all*` when any variant may be the source.
    public var sourceLanguage: String
    /// `datatype`: plaintext, html, xml…
    public var dataType: String
    /// The other attributes of `<header>`, as written.
    public var attributes: [String: String]
    /// The `<prop>` elements of the header, in order.
    public var properties: [UnitProperty]
    /// The `<note>` elements of the header, in order.
    public var notes: [String]

    public init(version: String = "1.4", creationTool: String = "Hexaglot", creationToolVersion: String = "",
                segmentType: String = "sentence", originalFormat: String = "Hexaglot", adminLanguage: String = "en",
                sourceLanguage: String = "*all*", dataType: String = "plaintext", attributes: [String: String] = [:],
                properties: [UnitProperty] = [], notes: [String] = []) {
        self.version = version
        self.creationTool = creationTool
        self.creationToolVersion = creationToolVersion
        self.segmentType = segmentType
        self.originalFormat = originalFormat
        self.adminLanguage = adminLanguage
        self.sourceLanguage = sourceLanguage
        self.dataType = dataType
        self.attributes = attributes
        self.properties = properties
        self.notes = notes
    }

    /// A header with every attribute empty, filled in as a file is read.
    static var empty: TMXHeader {
        TMXHeader(version: "", creationTool: "", creationToolVersion: "", segmentType: "", originalFormat: "",
                  adminLanguage: "", sourceLanguage: "", dataType: "")
    }

    /// The names of the attributes with their own property, in the order they are written.
    static let requiredAttributes = ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"]

    /// The value of a required attribute by its TMX name.
    subscript(required name: String) -> String {
        get {
            switch name {
            case "creationtool": return creationTool
            case "creationtoolversion": return creationToolVersion
            case "segtype": return segmentType
            case "o-tmf": return originalFormat
            case "adminlang": return adminLanguage
            case "srclang": return sourceLanguage
            case "datatype": return dataType
            default: return attributes[name] ?? ""
            }
        }
        set {
            switch name {
            case "creationtool": creationTool = newValue
            case "creationtoolversion": creationToolVersion = newValue
            case "segtype": segmentType = newValue
            case "o-tmf": originalFormat = newValue
            case "adminlang": adminLanguage = newValue
            case "srclang": sourceLanguage = newValue
            case "datatype": dataType = newValue
            default: attributes[name] = newValue
            }
        }
    }
}
