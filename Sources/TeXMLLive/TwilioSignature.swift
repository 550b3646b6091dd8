import Crypto
import Foundation

/// `X-Twilio-Signature`: base64(HMAC-SHA1(auth token, URL + each parameter's name and value,
/// sorted by name)).
///
/// As twilio-python computes it (`twilio/request_validator.py`, `RequestValidator.compute_signature`:
/// `for param_name in sorted(set(params)): for val in sorted(set(values)): s += param_name + val`,
/// then `base64.b64encode(hmac.new(token, s.encode("utf-8"), sha1).digest())`). A GET request is
/// signed over its URL with the query and no parameters.
public enum TwilioSignature {
    public static func compute(url: String, parameters: [(name: String, value: String)], authToken: String) -> String {
        var text = url
        // Python sorts str by code point: compare Unicode scalars, not Swift's canonical order.
        let sorted = parameters.sorted { lhs, rhs in
            if lhs.name != rhs.name {
                return lhs.name.unicodeScalars.lexicographicallyPrecedes(rhs.name.unicodeScalars)
            }
            return lhs.value.unicodeScalars.lexicographicallyPrecedes(rhs.value.unicodeScalars)
        }
        for parameter in sorted { text += parameter.name + parameter.value }
        let key = SymmetricKey(data: Data(authToken.utf8))
        let code = HMAC<Insecure.SHA1>.authenticationCode(for: Data(text.utf8), using: key)
        return Data(code).base64EncodedString()
    }
}
