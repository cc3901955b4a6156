// A bounded multipart/form-data parser (RFC 7578 over RFC 2046 framing) for uploads.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace offertracker::adapters::http {

struct multipart_part {
    std::string name;                     // Content-Disposition name (required)
    std::optional<std::string> filename;  // filename, or filename* (RFC 5987, preferred) when present
    std::string content_type;             // the part's Content-Type, "text/plain" when absent
    std::string data;                     // raw bytes, binary-safe
};

// Either parts (error empty) or an error message naming what was wrong; never both.
struct multipart_result {
    std::vector<multipart_part> parts;
    std::optional<std::string> error;

    [[nodiscard]] explicit operator bool() const noexcept { return !error.has_value(); }
    // First part with that name, or nullptr. Only meaningful on success.
    [[nodiscard]] const multipart_part* find(std::string_view name) const noexcept;
};

inline constexpr std::size_t default_multipart_max_parts = 256;

// Parses `body` given the request's Content-Type header value ("multipart/form-data; boundary=..."), with the
// boundary quoted or not. Requires CRLF line endings; ignores the preamble and epilogue. Errors: not multipart,
// missing/invalid boundary, no opening or closing delimiter, malformed part headers (no colon, over 8 KiB, missing
// Content-Disposition name), more than `max_parts` parts. Pure function; thread-safe; never throws except
// std::bad_alloc.
[[nodiscard]] multipart_result parse_multipart(std::string_view content_type_header, std::string_view body,
                                               std::size_t max_parts = default_multipart_max_parts);

}  // namespace offertracker::adapters::http
