// The key a scraped job is upserted by: one job reached through different links (tracking parameters, a fragment,
// a trailing slash, upper-case host) gets one key.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace offertracker::pipeline {

// The canonical form of an absolute http(s) URL: scheme and host lower-cased, the default port dropped, the
// fragment dropped, a trailing slash of the path dropped (except "/"), tracking parameters removed (utm_*, gclid,
// fbclid, mc_cid, mc_eid, ref, source, trk, trackingId, gh_src, lever-source, lever-origin; names compared
// case-insensitively), the remaining query parameters sorted. nullopt for anything else: a relative URL, another
// scheme, no host, user info, a bad port, whitespace or control characters, invalid UTF-8.
// "https://Jobs.Example.com/a/?utm_source=x&b=2&a=1#top" -> "https://jobs.example.com/a?a=1&b=2"
[[nodiscard]] std::optional<std::string> job_url_key(std::string_view url);

}  // namespace offertracker::pipeline
