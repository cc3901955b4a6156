// libFuzzer target: multipart/form-data parsing. Input: the Content-Type header value, a newline, then the body.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <offertracker/http/multipart.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const std::string_view header = input.substr(0, newline);
    const std::string_view body = newline == std::string_view::npos ? std::string_view{} : input.substr(newline + 1);
    const auto result = offertracker::adapters::http::parse_multipart(header, body, 64);
    // The documented contract: parts or an error, never both; no more parts than allowed; no part larger than
    // the body it came from. (An empty name="" is accepted: RFC 7578 does not forbid it.)
    if (result && result.error) std::abort();
    if (!result && !result.parts.empty()) std::abort();
    if (result.parts.size() > 64) std::abort();
    for (const auto& part : result.parts) {
        if (part.data.size() > body.size()) std::abort();
        if (result.find(part.name) == nullptr) std::abort();
    }
    return 0;
}
