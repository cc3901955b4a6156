// Loading the embedded templates and rendering them.
#include "pages.hpp"

#include <stdexcept>

#include "embedded_files.hpp"

namespace offertracker::adapters::http::web {
namespace {

constexpr std::string_view template_suffix = ".mustache";

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The page text with each "{{> name}}" replaced by the partial _name.mustache (partials do not nest).
std::string expand_partials(std::string_view page_name, std::string_view text,
                            const std::map<std::string, std::string_view, std::less<>>& partials) {
    std::string out;
    while (true) {
        const auto open = text.find("{{>");
        if (open == std::string_view::npos) break;
        const auto close = text.find("}}", open);
        if (close == std::string_view::npos)
            throw std::runtime_error("unclosed partial tag in " + std::string(page_name));
        auto name = text.substr(open + 3, close - open - 3);
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        const auto found = partials.find(name);
        if (found == partials.end())
            throw std::runtime_error("unknown partial " + std::string(name) + " in " + std::string(page_name));
        out.append(text.substr(0, open));
        out.append(found->second);
        text.remove_prefix(close + 2);
    }
    out.append(text);
    return out;
}

}  // namespace

pages::pages() {
    std::map<std::string, std::string_view, std::less<>> partials;
    for (const auto& f : embedded_files()) {
        if (ends_with(f.name, template_suffix) && f.name.front() == '_')
            partials.emplace(std::string(f.name.substr(1, f.name.size() - 1 - template_suffix.size())), f.text);
        if (f.name == "site.css") stylesheet_ = f.text;
    }
    for (const auto& f : embedded_files()) {
        if (!ends_with(f.name, template_suffix) || f.name.front() == '_') continue;
        const std::string name(f.name.substr(0, f.name.size() - template_suffix.size()));
        mustache::mustache parsed(expand_partials(f.name, f.text, partials));
        if (!parsed.is_valid()) throw std::runtime_error("template " + name + ": " + parsed.error_message());
        parsed_.emplace(name, std::move(parsed));
    }
    if (stylesheet_.empty()) throw std::runtime_error("the stylesheet site.css is not embedded");
}

std::string pages::render(std::string_view name, const mustache::data& data) const {
    const auto found = parsed_.find(name);
    if (found == parsed_.end()) throw std::out_of_range("no page template " + std::string(name));
    auto copy = found->second;
    auto text = copy.render(data);
    if (!copy.is_valid()) throw std::runtime_error("rendering " + std::string(name) + ": " + copy.error_message());
    return text;
}

}  // namespace offertracker::adapters::http::web
