// The site's page templates, parsed once at mount: each page's partials ({{> name}}) are expanded into it before
// parsing, and rendering copies the parsed template (kainjow's render is not const), so pages render concurrently.
#pragma once

#include <kainjow/mustache.hpp>

#include <map>
#include <string>
#include <string_view>

namespace offertracker::adapters::http::web {

namespace mustache = kainjow::mustache;

class pages {
public:
    // Parses every embedded *.mustache file whose name does not start with '_' (those are partials). Throws
    // std::runtime_error naming the template on a parse error or an unknown partial.
    pages();

    // The page `name` ("dashboard") rendered with `data`; every value HTML-escaped. Throws std::out_of_range for
    // an unknown page and std::runtime_error when rendering fails.
    [[nodiscard]] std::string render(std::string_view name, const mustache::data& data) const;

    // The stylesheet served at /static/site.css.
    [[nodiscard]] std::string_view stylesheet() const noexcept { return stylesheet_; }

private:
    std::map<std::string, mustache::mustache, std::less<>> parsed_;
    std::string_view stylesheet_;
};

}  // namespace offertracker::adapters::http::web
