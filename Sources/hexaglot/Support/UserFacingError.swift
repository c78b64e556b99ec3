import ArgumentParser
import Foundation
import HexaglotCore

/// Errors as the user reads them: a Foundation error (file system, encoding) becomes one line
/// in plain words naming the file, instead of "NSCocoaErrorDomain error 512".
enum UserFacingError {
    static func translate(_ error: Error) -> Error {
        if error is CleanExit || error is ExitCode { return error }
        if let e = error as? ValidationError { return ValidationError(Quote.clippingLongWords(e.message)) }
        if !(error is CLIError), let message = foundationMessage(error) { return CLIError(message) }
        let text = String(describing: error)
        let clipped = Quote.clippingLongWords(text)
        return clipped == text ? error : CLIError(clipped)
    }

    /// The message for an error of Foundation's file system or encoding layer, else nil.
    private static func foundationMessage(_ error: Error) -> String? {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let reason = reason(ns)
        return path.map { "\($0): \(reason)" } ?? reason
    }

    private static func reason(_ ns: NSError) -> String {
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "the disk is full"
        case .fileWriteInvalidFileName, .fileReadInvalidFileName: return "not a valid file name"
        case .fileWriteFileExists: return "a file of that name exists already"
        case .fileWriteVolumeReadOnly: return "the disk is read-only"
        case .fileReadCorruptFile: return "the file is damaged or not in the expected format"
        case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding: return "the file is not UTF-8 text"
        case .fileReadTooLarge: return "the file is too large"
        case .fileReadUnknown: return "cannot read the file"
        case .fileWriteUnknown: return "cannot write the file"
        default: return "the file operation failed (\(ns.domain) \(ns.code))"
        }
    }
}
