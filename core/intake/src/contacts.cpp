// Contacts: each scanner walks the text once; a run that fails is skipped whole, so no byte is read twice per scan.
#include "contacts.hpp"
#include "text_scan.hpp"

#include <array>

namespace offertracker::intake::detail {
namespace {

bool local_byte(char c) { return is_alpha(c) || is_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }
bool domain_byte(char c) { return is_alpha(c) || is_digit(c) || c == '.' || c == '-'; }

constexpr std::array<std::string_view, 24> tlds{"com", "io",  "dev", "me",   "net",  "org",  "co",   "app",
                                                "ai",  "tech", "site", "xyz", "page", "blog", "info", "uk",
                                                "de",  "fr",  "ca",  "eu",   "us",   "in",   "online", "design"};

bool url_separator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '|' || c == ',' || c == '<' || c == '>' || c == '(' || c == ')' || c == '"' ||
           c == ';' || c == '[' || c == ']' || c == '*';
}

}  // namespace

std::optional<std::string> find_email(std::string_view text) {
    std::size_t at = 0;
    while ((at = text.find('@', at)) != std::string_view::npos) {
        std::size_t b = at;
        while (b > 0 && local_byte(text[b - 1])) --b;
        std::size_t e = at + 1;
        while (e < text.size() && domain_byte(text[e])) ++e;
        while (e > at + 1 && (text[e - 1] == '.' || text[e - 1] == '-')) --e;
        while (b < at && text[b] == '.') ++b;
        const std::string_view domain = text.substr(at + 1, e - at - 1);
        const std::size_t dot = domain.rfind('.');
        if (b < at && dot != std::string_view::npos && dot > 0 && domain.size() - dot - 1 >= 2) {
            bool alpha_tld = true;
            for (char c : domain.substr(dot + 1)) alpha_tld = alpha_tld && is_alpha(c);
            if (alpha_tld) return std::string(text.substr(b, e - b));
        }
        at = e > at ? e : at + 1;
    }
    return std::nullopt;
}

std::optional<std::string> find_phone(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const bool start = (c == '+' || c == '(' || is_digit(c)) && (i == 0 || !(is_word_byte(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '/'));
        if (!start) {
            ++i;
            continue;
        }
        std::size_t j = i;
        std::size_t digits = 0;
        while (j < text.size()) {
            const char d = text[j];
            if (is_digit(d)) ++digits;
            else if (d == '+' && j != i) break;
            else if (!(d == '+' || d == ' ' || d == '-' || d == '.' || d == '(' || d == ')')) break;
            else if (d == ' ' && j + 1 < text.size() && text[j + 1] == ' ') break;
            ++j;
        }
        std::size_t e = j;
        while (e > i && !is_digit(text[e - 1]) && text[e - 1] != ')') --e;
        const bool plus = c == '+';
        const bool letters_after = e < text.size() && is_alpha(text[e]);  // "555-0123abc" is no number
        if (digits >= (plus ? 8u : 10u) && digits <= 15 && !letters_after) return std::string(trim(text.substr(i, e - i)));
        i = j > i ? j : i + 1;
    }
    return std::nullopt;
}

profile_urls find_profile_urls(std::string_view text, std::string_view header_text) {
    profile_urls out;
    auto scan = [&](std::string_view part, bool websites) {
        std::size_t i = 0;
        while (i < part.size()) {
            if (url_separator(part[i])) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < part.size() && !url_separator(part[j])) ++j;
            std::string_view token = part.substr(i, j - i);
            i = j;
            if (token.find('@') != std::string_view::npos || token.size() > 300) continue;
            std::string low = lower(token);
            std::string_view t = token;
            bool explicit_url = false;
            for (std::string_view scheme : {"https://", "http://"})
                if (low.rfind(scheme, 0) == 0) {
                    t.remove_prefix(scheme.size());
                    explicit_url = true;
                    break;
                }
            if (lower(t.substr(0, 4)) == "www.") {
                t.remove_prefix(4);
                explicit_url = true;
            }
            while (!t.empty() && (t.back() == '/' || t.back() == '.' || t.back() == ':' || t.back() == '\'')) t.remove_suffix(1);
            const std::size_t slash = t.find('/');
            const std::string host = lower(t.substr(0, slash));
            const std::string_view path = slash == std::string_view::npos ? std::string_view{} : t.substr(slash);
            if (host.empty() || host.find('.') == std::string::npos) continue;
            bool host_ok = true;
            for (char c : host) host_ok = host_ok && (is_alpha(c) || is_digit(c) || c == '.' || c == '-');
            if (!host_ok) continue;
            const std::string url = "https://" + host + std::string(path);
            const bool linkedin = host == "linkedin.com" || (host.size() > 13 && host.ends_with(".linkedin.com"));
            if (linkedin) {
                if (!out.linkedin && !path.empty()) out.linkedin = "https://linkedin.com" + std::string(path);
                continue;
            }
            if (host == "github.com") {
                if (!out.github && !path.empty()) out.github = url;
                continue;
            }
            if (!websites || out.website) continue;
            const std::string tld = host.substr(host.rfind('.') + 1);
            bool known_tld = false;
            for (auto k : tlds) known_tld = known_tld || k == tld;
            // A bare "Node.js" or "ASP.NET" is a skill, not a site: without a scheme or "www.", the host must be
            // written in lower case and end in a common top-level domain.
            const bool bare_ok = known_tld && std::string_view(token).substr(0, host.size()) == host;
            if (explicit_url || bare_ok) out.website = url;
        }
    };
    scan(header_text, true);
    scan(text, false);
    return out;
}

}  // namespace offertracker::intake::detail
