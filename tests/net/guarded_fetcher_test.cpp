// The guarded fetcher against servers this test serves itself on 127.0.0.1, and a test resolver that maps names
// to private, loopback and link-local addresses. No packet leaves loopback: every connection attempt goes through
// `before_connect`, which counts it and vetoes anything but 127.0.0.1.
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <atomic>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

#include "offertracker/net/guarded_fetcher.hpp"
#include "offertracker/net/system_resolver.hpp"

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using namespace offertracker;
using net::address_class;
using ports::fetch_error;
using ports::fetch_error_kind;
using ports::fetch_response;

namespace {

struct seen_request {
    std::string method, target, body;
    std::map<std::string, std::string> headers;
};

struct raw_writer {
    std::function<void(std::string_view)> write;
};

using handler = std::function<void(const seen_request&, raw_writer&)>;

// One connection at a time, on its own thread; plain HTTP, or TLS with the given certificate.
class test_server {
public:
    explicit test_server(handler h, std::optional<std::pair<std::string, std::string>> cert_and_key = std::nullopt)
        : acceptor_(ioc_, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)), handler_(std::move(h)) {
        if (cert_and_key) {
            tls_.emplace(ssl::context::tls_server);
            tls_->use_certificate_chain(asio::buffer(cert_and_key->first));
            tls_->use_private_key(asio::buffer(cert_and_key->second), ssl::context::pem);
        }
        thread_ = std::thread([this] { loop(); });
    }
    ~test_server() {
        stop_ = true;
        boost::system::error_code ec;
        asio::io_context wake;
        tcp::socket s(wake);
        s.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), port()), ec);
        thread_.join();
    }
    std::uint16_t port() const { return acceptor_.local_endpoint().port(); }
    int accepts() const { return accepts_; }
    std::vector<seen_request> requests() {
        std::lock_guard lock(mutex_);
        return requests_;
    }

private:
    template <class Stream>
    void serve(Stream& stream) {
        beast::flat_buffer buffer;
        http::request<http::string_body> req;
        boost::system::error_code ec;
        http::read(stream, buffer, req, ec);
        if (ec) return;
        seen_request seen{std::string(req.method_string()), std::string(req.target()), req.body(), {}};
        for (const auto& f : req) seen.headers[std::string(f.name_string())] = std::string(f.value());
        {
            std::lock_guard lock(mutex_);
            requests_.push_back(seen);
        }
        raw_writer w{[&](std::string_view bytes) {
            boost::system::error_code wec;
            asio::write(stream, asio::buffer(bytes.data(), bytes.size()), wec);
        }};
        handler_(seen, w);
    }
    void loop() {
        while (true) {
            tcp::socket socket(ioc_);
            boost::system::error_code ec;
            acceptor_.accept(socket, ec);
            if (stop_ || ec) return;
            ++accepts_;
            if (tls_) {
                ssl::stream<tcp::socket&> stream(socket, *tls_);
                stream.handshake(ssl::stream_base::server, ec);
                if (!ec) {
                    serve(stream);
                    stream.shutdown(ec);
                }
            } else {
                serve(socket);
            }
            socket.shutdown(tcp::socket::shutdown_both, ec);
            socket.close(ec);
        }
    }

    asio::io_context ioc_;
    tcp::acceptor acceptor_;
    handler handler_;
    std::optional<ssl::context> tls_;
    std::thread thread_;
    std::atomic<bool> stop_{false};
    std::atomic<int> accepts_{0};
    std::mutex mutex_;
    std::vector<seen_request> requests_;
};

std::string response(int status, std::string_view reason, std::string_view body, std::string extra = {}) {
    return "HTTP/1.1 " + std::to_string(status) + " " + std::string(reason) + "\r\n" + extra +
           "Content-Length: " + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + std::string(body);
}

class test_resolver final : public ports::resolver {
public:
    std::map<std::string, std::vector<std::string>, std::less<>> names;
    std::atomic<int> calls{0};
    std::vector<std::string> resolve(std::string_view host) override {
        ++calls;
        auto it = names.find(host);
        return it == names.end() ? std::vector<std::string>{} : it->second;
    }
};

struct counting_config {
    std::shared_ptr<std::atomic<int>> attempts = std::make_shared<std::atomic<int>>(0);
    net::fetcher_config config;
    explicit counting_config(std::set<address_class> allowed) {
        config.allowed_classes = std::move(allowed);
        auto counter = attempts;
        config.before_connect = [counter](std::string_view address, std::uint16_t) {
            ++*counter;
            return address == "127.0.0.1";  // never a packet beyond loopback, whatever the guard decides
        };
    }
};

fetch_response ok(const ports::fetch_result& r) {
    if (auto* e = std::get_if<fetch_error>(&r)) FAIL("fetch failed: " << to_string(e->kind) << ": " << e->message);
    return std::get<fetch_response>(r);
}

fetch_error failed(const ports::fetch_result& r) {
    if (std::holds_alternative<fetch_response>(r)) FAIL("fetch succeeded: " << std::get<fetch_response>(r).status);
    return std::get<fetch_error>(r);
}

std::string header(const fetch_response& r, std::string_view name) {
    for (const auto& [n, v] : r.headers)
        if (n == name) return v;
    return {};
}

// A self-signed certificate for the given subjectAltName, generated with OpenSSL: {cert PEM, key PEM}.
std::pair<std::string, std::string> self_signed(const char* san) {
    EVP_PKEY* key = EVP_EC_gen("P-256");
    REQUIRE(key);
    X509* x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), 1);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 24 * 3600);
    X509_set_pubkey(x, key);
    X509_NAME* name = X509_get_subject_name(x);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("offertracker test"),
                               -1, -1, 0);
    X509_set_issuer_name(x, name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, san);
    REQUIRE(ext);
    X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
    REQUIRE(X509_sign(x, key, EVP_sha256()) > 0);
    auto pem = [](auto write) {
        BIO* bio = BIO_new(BIO_s_mem());
        write(bio);
        char* data = nullptr;
        long len = BIO_get_mem_data(bio, &data);
        std::string out(data, static_cast<std::size_t>(len));
        BIO_free(bio);
        return out;
    };
    std::string cert = pem([&](BIO* b) { PEM_write_bio_X509(b, x); });
    std::string pkey = pem([&](BIO* b) { PEM_write_bio_PrivateKey(b, key, nullptr, nullptr, 0, nullptr, nullptr); });
    X509_free(x);
    EVP_PKEY_free(key);
    return {cert, pkey};
}

// Routes of the loopback server used by most cases.
void routes(const seen_request& req, raw_writer& w) {
    const std::string& t = req.target;
    if (t == "/hello") return w.write(response(200, "OK", "hello", "X-Answer: 42\r\n"));
    if (t == "/echo")
        return w.write(response(200, "OK", req.method + " " + req.body,
                                "X-Got: " + (req.headers.count("X-Test") ? req.headers.at("X-Test") : "") + "\r\n"));
    if (t.rfind("/r/", 0) == 0) {  // /r/N redirects N times
        int n = std::stoi(t.substr(3));
        if (n == 0) return w.write(response(200, "OK", "done"));
        return w.write(response(302, "Found", "", "Location: /r/" + std::to_string(n - 1) + "\r\n"));
    }
    if (t == "/see-other") return w.write(response(303, "See Other", "", "Location: /echo\r\n"));
    if (t == "/keep-post") return w.write(response(307, "Temporary Redirect", "", "Location: /echo\r\n"));
    if (t == "/chunked")
        return w.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                       "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    if (t == "/until-eof") return w.write("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nread until the end");
    if (t == "/big") return w.write(response(200, "OK", std::string(5000, 'x')));
    if (t == "/big-chunked") {
        w.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        for (int i = 0; i < 10; ++i) w.write("3e8\r\n" + std::string(1000, 'y') + "\r\n");
        return w.write("0\r\n\r\n");
    }
    if (t == "/slow") {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        return w.write(response(200, "OK", "late"));
    }
    if (t == "/garbage") return w.write("this is not HTTP\r\n\r\n");
    w.write(response(404, "Not Found", "no"));
}

std::string local(const test_server& s, std::string_view path, std::string_view host = "127.0.0.1") {
    return "http://" + std::string(host) + ":" + std::to_string(s.port()) + std::string(path);
}

}  // namespace

TEST_CASE("a loopback fetch returns status, headers and body", "[net][fetch]") {
    test_server server(routes);
    test_resolver resolver;
    counting_config cc({address_class::loopback});
    net::guarded_fetcher fetcher(resolver, cc.config);

    const auto& r = ok(fetcher.fetch({.url = local(server, "/hello#frag")}));
    CHECK(r.status == 200);
    CHECK(r.body == "hello");
    CHECK(header(r, "X-Answer") == "42");
    CHECK(r.final_url == local(server, "/hello"));
    CHECK(resolver.calls == 0);  // an IP literal is not resolved
    auto seen = server.requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].method == "GET");
    CHECK(seen[0].target == "/hello");
    CHECK(seen[0].headers["Host"] == "127.0.0.1:" + std::to_string(server.port()));
    CHECK(seen[0].headers["User-Agent"] == "OfferTracker/0.1");

    auto not_found = fetcher.fetch({.url = local(server, "/nothing")});
    CHECK(ok(not_found).status == 404);  // a status is a response, not an error
}

TEST_CASE("a POST carries its body and headers; a name resolves through the resolver", "[net][fetch]") {
    test_server server(routes);
    test_resolver resolver;
    resolver.names["hooks.test"] = {"127.0.0.1"};
    counting_config cc({address_class::loopback});
    net::guarded_fetcher fetcher(resolver, cc.config);

    auto result = fetcher.fetch({.method = ports::http_method::post,
                                 .url = local(server, "/echo", "hooks.test"),
                                 .headers = {{"X-Test", "signed"}, {"Content-Type", "application/json"},
                                             {"Host", "evil.test"}},
                                 .body = R"({"event":"x"})"});
    const auto& r = ok(result);
    CHECK(r.status == 200);
    CHECK(r.body == R"(POST {"event":"x"})");
    CHECK(header(r, "X-Got") == "signed");
    CHECK(resolver.calls == 1);
    auto seen = server.requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].headers["Host"] == "hooks.test:" + std::to_string(server.port()));
    CHECK(seen[0].headers["Content-Type"] == "application/json");
    CHECK(seen[0].headers["Content-Length"] == "13");

    auto bad_header = fetcher.fetch({.url = local(server, "/echo"), .headers = {{"X-A", "b\r\nX-Injected: 1"}}});
    CHECK(failed(bad_header).kind == fetch_error_kind::invalid_request);
    auto bad_name = fetcher.fetch({.url = local(server, "/echo"), .headers = {{"X-A: b\r\nX-B", "c"}}});
    CHECK(failed(bad_name).kind == fetch_error_kind::invalid_request);
    CHECK(failed(fetcher.fetch({.url = local(server, "/echo"), .headers = {{"", "c"}}})).kind ==
          fetch_error_kind::invalid_request);
    CHECK(server.accepts() == 1);  // refused before connecting
}

TEST_CASE("chunked and EOF-delimited bodies are read", "[net][fetch]") {
    test_server server(routes);
    test_resolver resolver;
    counting_config cc({address_class::loopback});
    net::guarded_fetcher fetcher(resolver, cc.config);
    CHECK(ok(fetcher.fetch({.url = local(server, "/chunked")})).body == "hello world");
    CHECK(ok(fetcher.fetch({.url = local(server, "/until-eof")})).body == "read until the end");
    CHECK(failed(fetcher.fetch({.url = local(server, "/garbage")})).kind == fetch_error_kind::bad_response);
}

TEST_CASE("redirects: up to the limit followed, one more refused, 303 turns into GET", "[net][fetch]") {
    test_server server(routes);
    test_resolver resolver;
    counting_config cc({address_class::loopback});
    net::guarded_fetcher fetcher(resolver, cc.config);

    const auto& three = ok(fetcher.fetch({.url = local(server, "/r/3")}));
    CHECK(three.status == 200);
    CHECK(three.body == "done");
    CHECK(three.final_url == local(server, "/r/0"));
    CHECK(server.accepts() == 4);

    auto four = fetcher.fetch({.url = local(server, "/r/4")});
    CHECK(failed(four).kind == fetch_error_kind::too_many_redirects);
    CHECK(server.accepts() == 4 + 4);  // the fourth redirect is not followed

    ports::fetch_options none{.max_redirects = 0};
    CHECK(failed(fetcher.fetch({.url = local(server, "/r/1")}, none)).kind == fetch_error_kind::too_many_redirects);

    const auto& see = ok(fetcher.fetch({.method = ports::http_method::post, .url = local(server, "/see-other"),
                                        .headers = {{"Content-Type", "text/plain"}}, .body = "payload"}));
    CHECK(see.body == "GET ");
    const auto& keep = ok(fetcher.fetch({.method = ports::http_method::post, .url = local(server, "/keep-post"),
                                         .body = "payload"}));
    CHECK(keep.body == "POST payload");
}

TEST_CASE("a redirect to a refused address is refused before any connection to it", "[net][fetch][guard]") {
    test_resolver resolver;
    resolver.names["metadata.test"] = {"169.254.169.254"};
    resolver.names["intranet.test"] = {"10.0.0.1"};
    test_server server([](const seen_request& req, raw_writer& w) {
        if (req.target == "/to-metadata")
            return w.write(response(302, "Found", "", "Location: http://metadata.test/latest/meta-data/\r\n"));
        if (req.target == "/to-literal")
            return w.write(response(301, "Moved", "", "Location: http://10.0.0.1:8080/admin\r\n"));
        if (req.target == "/to-intranet")
            return w.write(response(308, "Permanent Redirect", "", "Location: //intranet.test/\r\n"));
        if (req.target == "/to-file") return w.write(response(302, "Found", "", "Location: file:///etc/passwd\r\n"));
        w.write(response(404, "Not Found", ""));
    });
    counting_config cc({address_class::loopback});
    net::guarded_fetcher fetcher(resolver, cc.config);

    auto meta = fetcher.fetch({.url = local(server, "/to-metadata")});
    CHECK(failed(meta).kind == fetch_error_kind::refused_address);
    CHECK(failed(meta).address == "169.254.169.254");
    auto literal = fetcher.fetch({.url = local(server, "/to-literal")});
    CHECK(failed(literal).kind == fetch_error_kind::refused_address);
    CHECK(failed(literal).address == "10.0.0.1");
    auto intranet = fetcher.fetch({.url = local(server, "/to-intranet")});
    CHECK(failed(intranet).address == "10.0.0.1");
    CHECK(failed(fetcher.fetch({.url = local(server, "/to-file")})).kind == fetch_error_kind::unsupported_scheme);
    CHECK(*cc.attempts == 4);  // only the four connections to the loopback server itself
    CHECK(server.accepts() == 4);
}

TEST_CASE("with private addresses not allowed, no connection is attempted to them", "[net][fetch][guard]") {
    test_server server(routes);
    test_resolver resolver;
    resolver.names["private.test"] = {"10.0.0.1"};
    resolver.names["metadata.test"] = {"169.254.169.254"};
    resolver.names["loop6.test"] = {"::1"};
    resolver.names["mapped.test"] = {"::ffff:127.0.0.1"};
    resolver.names["linklocal6.test"] = {"fe80::1"};
    resolver.names["loopback.test"] = {"127.0.0.1"};
    resolver.names["ula.test"] = {"fd00::1"};
    resolver.names["cgnat.test"] = {"100.64.0.1"};
    resolver.names["mixed.test"] = {"93.184.216.34", "10.0.0.1"};  // one refused address refuses the host
    resolver.names["junk.test"] = {"not an address"};
    counting_config cc({});
    net::guarded_fetcher fetcher(resolver, cc.config);

    const std::pair<const char*, const char*> cases[] = {
        {"private.test", "10.0.0.1"},        {"metadata.test", "169.254.169.254"}, {"loop6.test", "::1"},
        {"mapped.test", "::ffff:127.0.0.1"}, {"linklocal6.test", "fe80::1"},       {"loopback.test", "127.0.0.1"},
        {"ula.test", "fd00::1"},             {"cgnat.test", "100.64.0.1"},         {"mixed.test", "10.0.0.1"},
        {"junk.test", "not an address"},
    };
    for (const auto& [host, address] : cases) {
        INFO(host);
        for (const char* scheme : {"http", "https"}) {
            auto r = fetcher.fetch(
                {.url = std::string(scheme) + "://" + host + ":" + std::to_string(server.port()) + "/hello"});
            CHECK(failed(r).kind == fetch_error_kind::refused_address);
            CHECK(failed(r).address == address);
        }
    }
    for (const char* literal : {"127.0.0.1", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "0.0.0.0",
                                "169.254.169.254", "[fe80::1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]"}) {
        INFO(literal);
        auto r = fetcher.fetch({.method = ports::http_method::post,
                                .url = "http://" + std::string(literal) + ":" + std::to_string(server.port()) + "/echo",
                                .body = "webhook"});
        CHECK(failed(r).kind == fetch_error_kind::refused_address);
    }
    CHECK(*cc.attempts == 0);
    CHECK(server.accepts() == 0);

    CHECK(failed(fetcher.fetch({.url = "http://unknown.test/"})).kind == fetch_error_kind::resolve_failed);
    CHECK(failed(fetcher.fetch({.url = "http://2130706433/"})).kind == fetch_error_kind::resolve_failed);
    CHECK(failed(fetcher.fetch({.url = "gopher://private.test/"})).kind == fetch_error_kind::unsupported_scheme);
    CHECK(failed(fetcher.fetch({.url = "http://x@private.test/"})).kind == fetch_error_kind::invalid_url);
    CHECK(*cc.attempts == 0);
}

TEST_CASE("limits: body size, deadline, refused connection", "[net][fetch]") {
    test_server server(routes);
    test_resolver resolver;
    counting_config cc({address_class::loopback});
    net::guarded_fetcher fetcher(resolver, cc.config);

    ports::fetch_options small{.max_bytes = 1000};
    CHECK(failed(fetcher.fetch({.url = local(server, "/big")}, small)).kind == fetch_error_kind::too_large);
    CHECK(failed(fetcher.fetch({.url = local(server, "/big-chunked")}, small)).kind == fetch_error_kind::too_large);
    CHECK(ok(fetcher.fetch({.url = local(server, "/big")})).body.size() == 5000);

    // /slow answers after 1.5 s: a timeout (rather than its 200) proves the deadline ended the fetch first, with
    // no wall-clock assertion that a loaded machine could break.
    ports::fetch_options quick{.timeout = std::chrono::milliseconds(300)};
    CHECK(failed(fetcher.fetch({.url = local(server, "/slow")}, quick)).kind == fetch_error_kind::timeout);

    std::uint16_t closed_port;
    {
        asio::io_context ioc;
        tcp::acceptor a(ioc, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
        closed_port = a.local_endpoint().port();
    }
    auto refused = fetcher.fetch({.url = "http://127.0.0.1:" + std::to_string(closed_port) + "/"});
    CHECK(failed(refused).kind == fetch_error_kind::connect_failed);
}

TEST_CASE("https: certificates are verified", "[net][fetch][tls]") {
    auto cert = self_signed("DNS:localhost,IP:127.0.0.1");
    test_server server(
        [](const seen_request& req, raw_writer& w) { w.write(response(200, "OK", "secure " + req.target)); }, cert);
    test_resolver resolver;
    resolver.names["localhost"] = {"127.0.0.1"};
    resolver.names["wrong.test"] = {"127.0.0.1"};
    std::string port = std::to_string(server.port());

    counting_config untrusting({address_class::loopback});
    net::guarded_fetcher strict(resolver, untrusting.config);
    auto self_signed_result = strict.fetch({.url = "https://localhost:" + port + "/"});
    CHECK(failed(self_signed_result).kind == fetch_error_kind::tls_failed);
    CHECK(failed(strict.fetch({.url = "https://127.0.0.1:" + port + "/"})).kind == fetch_error_kind::tls_failed);

    counting_config trusting({address_class::loopback});
    trusting.config.extra_ca_pem = cert.first;
    net::guarded_fetcher trusted(resolver, trusting.config);
    const auto& by_name = ok(trusted.fetch({.url = "https://localhost:" + port + "/a?b=1"}));
    CHECK(by_name.body == "secure /a?b=1");
    CHECK(ok(trusted.fetch({.url = "https://127.0.0.1:" + port + "/ip"})).body == "secure /ip");
    // A trusted certificate for another name is still refused.
    CHECK(failed(trusted.fetch({.url = "https://wrong.test:" + port + "/"})).kind == fetch_error_kind::tls_failed);
    // Plain HTTP to a TLS port is not a response.
    CHECK(failed(trusted.fetch({.url = "http://127.0.0.1:" + port + "/"})).kind == fetch_error_kind::bad_response);
}

TEST_CASE("credentials do not follow a redirect to another origin", "[net][fetch]") {
    std::atomic<int> port{0};
    test_server server([&port](const seen_request& req, raw_writer& w) {
        if (req.target == "/same")
            return w.write(response(302, "Found", "", "Location: /auth\r\n"));
        if (req.target == "/cross")
            return w.write(response(302, "Found", "",
                                    "Location: http://other.test:" + std::to_string(port.load()) + "/auth\r\n"));
        std::string auth = req.headers.count("Authorization") ? req.headers.at("Authorization") : "-";
        std::string cookie = req.headers.count("Cookie") ? req.headers.at("Cookie") : "-";
        w.write(response(200, "OK", auth + "|" + cookie + "|" + (req.headers.count("X-Keep") ? "kept" : "-")));
    });
    port = server.port();
    test_resolver resolver;
    resolver.names["other.test"] = {"127.0.0.1"};
    counting_config cc({address_class::loopback});
    net::guarded_fetcher fetcher(resolver, cc.config);
    ports::http_headers creds{{"Authorization", "Bearer t"}, {"Cookie", "s=1"}, {"X-Keep", "1"}};
    CHECK(ok(fetcher.fetch({.url = local(server, "/same"), .headers = creds})).body == "Bearer t|s=1|kept");
    const auto& cross = ok(fetcher.fetch({.url = local(server, "/cross"), .headers = creds}));
    CHECK(cross.body == "-|-|kept");
    CHECK(cross.final_url == "http://other.test:" + std::to_string(server.port()) + "/auth");
}

TEST_CASE("the defaults are the issue's limits; the system resolver reads numeric hosts without a query",
          "[net][fetch]") {
    ports::fetch_options defaults;
    CHECK(defaults.max_bytes == 2 * 1024 * 1024);
    CHECK(defaults.timeout == std::chrono::seconds(10));
    CHECK(defaults.max_redirects == 3);
    net::system_resolver system;
    // Numeric, so no query leaves the machine. AI_ADDRCONFIG (Asio's default) may answer nothing on a host with
    // no configured IPv4 address but loopback, so only the shape of a non-empty answer is checked.
    auto numeric = system.resolve("127.0.0.1");
    CHECK((numeric.empty() || numeric == std::vector<std::string>{"127.0.0.1"}));
}
