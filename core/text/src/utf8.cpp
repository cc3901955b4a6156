// A table-free UTF-8 validator: each lead byte fixes the sequence length and the range of its second byte.
#include <offertracker/text/utf8.hpp>

namespace offertracker::text {

bool is_valid_utf8(std::string_view text) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation = 0;
        unsigned char low = 0x80, high = 0xBF;  // allowed range of the byte after the lead
        if (lead >= 0xC2 && lead <= 0xDF) {
            continuation = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            continuation = 2;
            if (lead == 0xE0) low = 0xA0;   // overlong
            if (lead == 0xED) high = 0x9F;  // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            continuation = 3;
            if (lead == 0xF0) low = 0x90;   // overlong
            if (lead == 0xF4) high = 0x8F;  // above U+10FFFF
        } else {
            return false;  // a stray continuation byte, an overlong C0/C1 lead, or F5..FF
        }
        if (end - p <= continuation) return false;
        if (p[1] < low || p[1] > high) return false;
        for (int i = 2; i <= continuation; ++i)
            if (p[i] < 0x80 || p[i] > 0xBF) return false;
        p += continuation + 1;
    }
    return true;
}

std::size_t utf8_length(std::string_view text) noexcept {
    std::size_t n = 0;
    for (unsigned char c : text)
        if ((c & 0xC0) != 0x80) ++n;  // count every byte that is not a continuation byte
    return n;
}

}  // namespace offertracker::text
