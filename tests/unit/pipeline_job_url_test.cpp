// job_url_key: the normalisations one by one, the tracking parameters, and what is no job URL at all.
#include <offertracker/pipeline/job_url.hpp>

#include <catch2/catch.hpp>

using offertracker::pipeline::job_url_key;

TEST_CASE("a job URL's key: scheme and host lower-cased, default port, fragment and trailing slash dropped",
          "[pipeline][job_url]") {
    CHECK(job_url_key("https://Jobs.Example.com/a/?utm_source=x&b=2&a=1#top") == "https://jobs.example.com/a?a=1&b=2");
    CHECK(job_url_key("HTTPS://jobs.example.com:443/Jobs/42") == "https://jobs.example.com/Jobs/42");  // path case kept
    CHECK(job_url_key("http://jobs.example.com:80/x") == "http://jobs.example.com/x");
    CHECK(job_url_key("http://jobs.example.com:443/x") == "http://jobs.example.com:443/x");
    CHECK(job_url_key("https://jobs.example.com:8443/x") == "https://jobs.example.com:8443/x");
    CHECK(job_url_key("https://jobs.example.com:/x") == "https://jobs.example.com/x");
    CHECK(job_url_key("https://jobs.example.com") == "https://jobs.example.com/");
    CHECK(job_url_key("https://jobs.example.com/") == "https://jobs.example.com/");
    CHECK(job_url_key("https://jobs.example.com//") == "https://jobs.example.com/");
    CHECK(job_url_key("https://jobs.example.com/a//") == "https://jobs.example.com/a");
    CHECK(job_url_key("https://jobs.example.com?b=1") == "https://jobs.example.com/?b=1");
    CHECK(job_url_key("https://jobs.example.com/a#x?y=1") == "https://jobs.example.com/a");
    CHECK(job_url_key("https://[2001:DB8::1]:443/j") == "https://[2001:db8::1]/j");
    CHECK(job_url_key("https://b\xC3\xBCro.example/j") == "https://b\xC3\xBCro.example/j");
}

TEST_CASE("a job URL's key drops tracking parameters by name, case-insensitively, and sorts the rest",
          "[pipeline][job_url]") {
    CHECK(job_url_key("https://x.example/j?UTM_Medium=a&utm_campaign=b&gclid=1&FBCLID=2&mc_cid=3&mc_eid=4&ref=5"
                      "&source=6&trk=7&trackingId=8&TRACKINGID=9&gh_src=10&lever-source=11&lever-origin=12") ==
          "https://x.example/j");
    CHECK(job_url_key("https://boards.greenhouse.io/acme/jobs/1?gh_jid=1&gh_src=abc") ==
          "https://boards.greenhouse.io/acme/jobs/1?gh_jid=1");
    CHECK(job_url_key("https://x.example/j?z=1&a=2&a=1&m") == "https://x.example/j?a=1&a=2&m&z=1");
    CHECK(job_url_key("https://x.example/j?referrer=1&sources=2&utm=3") ==
          "https://x.example/j?referrer=1&sources=2&utm=3");  // only the names themselves
    CHECK(job_url_key("https://x.example/j?&&a=1&") == "https://x.example/j?a=1");
    CHECK(job_url_key("https://x.example/j?utm_source=x") == "https://x.example/j");
    CHECK(job_url_key("https://x.example/j?") == "https://x.example/j");
    CHECK(job_url_key("https://x.example/j?q=a%20b") == "https://x.example/j?q=a%20b");
}

TEST_CASE("links that are not absolute http(s) URLs have no key", "[pipeline][job_url]") {
    for (const char* url : {"", "/jobs/1", "jobs.example.com/1", "ftp://x.example/j", "mailto:a@b.c", "https:/x.example",
                            "https://", "https:///j", "https://user:pw@x.example/j", "https://x.example:port/j",
                            "https://x.example:123456/j", "https://x.example/a b", "https://x.example/\t",
                            "https://[::1/j", "https://a:b:443/j", "https://x.example:80:/j", " https://x.example/j", "https://x.example/\x7F"})
        CHECK_FALSE(job_url_key(url));
    CHECK_FALSE(job_url_key(std::string("https://x.example/\0", 19)));
    CHECK_FALSE(job_url_key("https://x.example/\xC3"));
}

TEST_CASE("two spellings of one job share a key", "[pipeline][job_url]") {
    CHECK(job_url_key("https://jobs.lever.co/northwind/5f1c?lever-source=LinkedIn") ==
          job_url_key("https://JOBS.lever.co:443/northwind/5f1c/#apply"));
    CHECK(job_url_key("https://x.example/j?b=2&a=1") == job_url_key("https://x.example/j?a=1&b=2&utm_medium=email"));
    CHECK(job_url_key("https://x.example/j?a=1") != job_url_key("https://x.example/j?a=2"));
    CHECK(job_url_key("http://x.example/j") != job_url_key("https://x.example/j"));
}
