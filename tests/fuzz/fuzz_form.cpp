// libFuzzer target: query-string / application/x-www-form-urlencoded parsing and percent-decoding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <offertracker/http/form.hpp>

namespace http = offertracker::adapters::http;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto fields = http::parse_query(input);
    if (fields) {
        for (const auto& [name, value] : *fields) {
            if (!http::find_field(*fields, name)) std::abort();  // every parsed name can be found again
            if (name.size() + value.size() > input.size()) std::abort();  // decoding never grows the text
        }
    }
    for (const bool plus_as_space : {false, true}) {
        const auto decoded = http::percent_decode(input, plus_as_space);
        if (!decoded) continue;
        if (decoded->size() > input.size()) std::abort();
        // Encoding then decoding gives the bytes back, whatever they are.
        const auto again = http::percent_decode(http::percent_encode(*decoded), plus_as_space);
        if (!again || *again != *decoded) std::abort();
    }
    return 0;
}
