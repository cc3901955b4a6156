// ISO 8601 parsing and formatting by hand: libstdc++ 12 has calendar types but no std::format/parse.
#include <offertracker/domain/time.hpp>

#include <cstdio>

namespace offertracker::domain {
namespace {

using namespace std::chrono;

// Reads exactly n digits at pos; advances pos.
bool read_digits(std::string_view s, std::size_t& pos, std::size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    pos += n;
    return true;
}

bool expect(std::string_view s, std::size_t& pos, char c) {
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

std::optional<date> read_date(std::string_view s, std::size_t& pos) {
    int y = 0, m = 0, d = 0;
    if (!read_digits(s, pos, 4, y) || !expect(s, pos, '-') || !read_digits(s, pos, 2, m) ||
        !expect(s, pos, '-') || !read_digits(s, pos, 2, d))
        return std::nullopt;
    date result{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
    if (!result.ok()) return std::nullopt;
    return result;
}

}  // namespace

std::optional<date> parse_date(std::string_view text) {
    std::size_t pos = 0;
    auto d = read_date(text, pos);
    if (!d || pos != text.size()) return std::nullopt;
    return d;
}

std::string format_date(date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return buf;
}

std::optional<timestamp> parse_timestamp(std::string_view text) {
    std::size_t pos = 0;
    auto d = read_date(text, pos);
    if (!d) return std::nullopt;
    timestamp t = time_point_cast<microseconds>(sys_days{*d});
    if (pos == text.size()) return t;
    if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ') return std::nullopt;
    ++pos;
    int hh = 0, mm = 0, ss = 0;
    if (!read_digits(text, pos, 2, hh) || !expect(text, pos, ':') || !read_digits(text, pos, 2, mm))
        return std::nullopt;
    if (expect(text, pos, ':') && !read_digits(text, pos, 2, ss)) return std::nullopt;
    if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;
    long long micros = 0;
    if (expect(text, pos, '.')) {
        int digits = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (digits < 6) micros = micros * 10 + (text[pos] - '0');
            ++digits;
            ++pos;
        }
        if (digits == 0) return std::nullopt;
        for (int i = digits; i < 6; ++i) micros *= 10;
    }
    t += hours{hh} + minutes{mm} + seconds{ss} + microseconds{micros};
    if (pos == text.size()) return t;
    if (text[pos] == 'Z' || text[pos] == 'z') return pos + 1 == text.size() ? std::optional{t} : std::nullopt;
    if (text[pos] != '+' && text[pos] != '-') return std::nullopt;
    const int sign = text[pos] == '+' ? 1 : -1;
    ++pos;
    int oh = 0, om = 0;
    if (!read_digits(text, pos, 2, oh)) return std::nullopt;
    if (pos < text.size()) {
        expect(text, pos, ':');
        if (!read_digits(text, pos, 2, om)) return std::nullopt;
    }
    if (pos != text.size() || oh > 23 || om > 59) return std::nullopt;
    return t - sign * (hours{oh} + minutes{om});
}

std::string format_timestamp(timestamp t) {
    const auto day_start = floor<days>(t);
    const date d{day_start};
    auto rest = t - day_start;
    const auto h = duration_cast<hours>(rest);
    rest -= h;
    const auto m = duration_cast<minutes>(rest);
    rest -= m;
    const auto s = duration_cast<seconds>(rest);
    rest -= s;
    char buf[40];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d.%06lldZ", format_date(d).c_str(), static_cast<int>(h.count()),
                  static_cast<int>(m.count()), static_cast<int>(s.count()),
                  static_cast<long long>(rest.count()));
    return buf;
}

date to_date(timestamp t) { return date{floor<days>(t)}; }

int days_between(date a, date b) { return static_cast<int>((sys_days{b} - sys_days{a}).count()); }

}  // namespace offertracker::domain
