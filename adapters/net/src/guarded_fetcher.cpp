#include "offertracker/net/guarded_fetcher.hpp"

#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <cctype>
#include <chrono>
#include <optional>

#include "offertracker/net/url.hpp"

namespace offertracker::net {
namespace {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using clock_type = std::chrono::steady_clock;
using ports::fetch_error;
using ports::fetch_error_kind;

fetch_error error(fetch_error_kind kind, std::string message, std::string address = {}) {
    return fetch_error{kind, std::move(address), std::move(message)};
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// RFC 9110: a field name is a token; a value holds no CR, LF or NUL (no header injection).
bool valid_header(std::string_view name, std::string_view value) {
    if (name.empty()) return false;
    for (char c : name) {
        bool tchar = std::isalnum(static_cast<unsigned char>(c)) ||
                     std::string_view("!#$%&'*+-.^_`|~").find(c) != std::string_view::npos;
        if (!tchar) return false;
    }
    for (char c : value)
        if (c == '\r' || c == '\n' || c == '\0') return false;
    return true;
}

struct exchange_result {
    int status = 0;
    ports::http_headers headers;
    std::string body;
};

struct exchange_input {
    const url& target;
    const std::vector<std::string>& addresses;
    const ports::fetch_request& request;
    const ports::fetch_options& options;
    const fetcher_config& config;
    clock_type::time_point deadline;
    ssl::context* tls;
};

using outcome = std::variant<exchange_result, fetch_error>;

bool past(clock_type::time_point deadline) { return clock_type::now() >= deadline; }

fetch_error io_error(const boost::system::error_code& ec, clock_type::time_point deadline, fetch_error_kind otherwise,
                     std::string_view what) {
    if (ec == beast::error::timeout || past(deadline))
        return error(fetch_error_kind::timeout, "The fetch did not finish in time.");
    if (ec == http::error::body_limit) return error(fetch_error_kind::too_large, "The response body is too large.");
    if (ec == http::error::header_limit) return error(fetch_error_kind::too_large, "The response header is too large.");
    return error(otherwise, std::string(what) + ": " + ec.message());
}

template <class Stream>
asio::awaitable<outcome> send_and_read(Stream& stream, beast::tcp_stream& tcp_layer, exchange_input in) {
    boost::system::error_code ec;
    http::request<http::string_body> req;
    req.method(in.request.method == ports::http_method::post ? http::verb::post : http::verb::get);
    req.target(in.target.target);
    req.version(11);
    bool has_agent = false;
    for (const auto& [name, value] : in.request.headers) {
        if (iequals(name, "host") || iequals(name, "content-length") || iequals(name, "transfer-encoding") ||
            iequals(name, "connection"))
            continue;
        if (!valid_header(name, value))
            co_return error(fetch_error_kind::invalid_request, "A request header cannot be sent as given.");
        if (iequals(name, "user-agent")) has_agent = true;
        req.insert(name, value);
    }
    req.set(http::field::host, in.target.host_header());
    req.set(http::field::connection, "close");
    if (!has_agent) req.set(http::field::user_agent, in.config.user_agent);
    if (in.request.method == ports::http_method::post) {
        req.body() = in.request.body;
        req.prepare_payload();
    }
    tcp_layer.expires_at(in.deadline);
    co_await http::async_write(stream, req, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) co_return io_error(ec, in.deadline, fetch_error_kind::bad_response, "Sending the request failed");

    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(in.options.max_bytes);
    parser.header_limit(64 * 1024);
    tcp_layer.expires_at(in.deadline);
    co_await http::async_read(stream, buffer, parser, asio::redirect_error(asio::use_awaitable, ec));
    if (ec == ssl::error::stream_truncated && parser.is_header_done() && parser.need_eof()) {
        boost::system::error_code eof_ec;  // a TLS peer that closes without close_notify, body delimited by EOF
        parser.put_eof(eof_ec);
        ec = eof_ec;
    }
    if (ec) co_return io_error(ec, in.deadline, fetch_error_kind::bad_response, "Reading the response failed");
    auto& res = parser.get();
    exchange_result out;
    out.status = static_cast<int>(res.result_int());
    for (const auto& field : res) out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    out.body = std::move(res.body());
    co_return out;
}

asio::awaitable<outcome> exchange(exchange_input in) {
    auto executor = co_await asio::this_coro::executor;
    beast::tcp_stream stream(executor);
    boost::system::error_code ec;
    std::string last_error = "no address could be tried";
    bool connected = false;
    for (const auto& address : in.addresses) {
        if (in.config.before_connect && !in.config.before_connect(address, in.target.port)) {
            last_error = "the connection to " + address + " was vetoed";
            continue;
        }
        boost::system::error_code parse_ec;
        auto ip = asio::ip::make_address(address, parse_ec);
        if (parse_ec) continue;
        stream.expires_at(in.deadline);
        co_await stream.async_connect(tcp::endpoint(ip, in.target.port), asio::redirect_error(asio::use_awaitable, ec));
        if (!ec) {
            connected = true;
            break;
        }
        if (ec == beast::error::timeout || past(in.deadline))
            co_return error(fetch_error_kind::timeout, "The connection did not open in time.");
        last_error = address + ": " + ec.message();
        boost::system::error_code ignored;
        stream.socket().close(ignored);
    }
    if (!connected) co_return error(fetch_error_kind::connect_failed, "Could not connect (" + last_error + ").");

    if (!in.target.https()) co_return co_await send_and_read(stream, stream, in);

    beast::ssl_stream<beast::tcp_stream> tls(std::move(stream), *in.tls);
    SSL* native = tls.native_handle();
    X509_VERIFY_PARAM* param = SSL_get0_param(native);
    X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    if (in.target.ip_literal) {
        if (X509_VERIFY_PARAM_set1_ip_asc(param, in.target.host.c_str()) != 1)
            co_return error(fetch_error_kind::tls_failed, "Cannot verify this address.");
    } else {
        if (SSL_set_tlsext_host_name(native, in.target.host.c_str()) != 1 ||
            X509_VERIFY_PARAM_set1_host(param, in.target.host.c_str(), 0) != 1)
            co_return error(fetch_error_kind::tls_failed, "Cannot verify this host name.");
    }
    tls.set_verify_mode(ssl::verify_peer);
    beast::get_lowest_layer(tls).expires_at(in.deadline);
    co_await tls.async_handshake(ssl::stream_base::client, asio::redirect_error(asio::use_awaitable, ec));
    if (ec) {
        if (ec == beast::error::timeout || past(in.deadline))
            co_return error(fetch_error_kind::timeout, "The TLS handshake did not finish in time.");
        co_return error(fetch_error_kind::tls_failed, "TLS failed: " + ec.message());
    }
    auto result = co_await send_and_read(tls, beast::get_lowest_layer(tls), in);
    co_return result;
}

bool is_redirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

}  // namespace

fetcher_config fetcher_config::allowing_private() {
    fetcher_config c;
    c.allowed_classes = {address_class::loopback,  address_class::private_use, address_class::link_local,
                         address_class::multicast, address_class::unspecified, address_class::broadcast,
                         address_class::reserved};
    return c;
}

bool address_allowed(const fetcher_config& config, std::string_view address) {
    auto ip = parse_ip(address);
    if (!ip) return false;
    auto c = classify(*ip);
    return c == address_class::public_unicast || config.allowed_classes.count(c) > 0;
}

struct guarded_fetcher::impl {
    ports::resolver& resolver;
    fetcher_config config;
    ssl::context tls{ssl::context::tls_client};
    std::string tls_setup_error;

    impl(ports::resolver& r, fetcher_config c) : resolver(r), config(std::move(c)) {
        boost::system::error_code ec;
        tls.set_default_verify_paths(ec);
        if (ec) tls_setup_error = ec.message();
        if (!config.extra_ca_pem.empty()) {
            tls.add_certificate_authority(asio::buffer(config.extra_ca_pem), ec);
            if (ec) tls_setup_error = ec.message();
        }
        tls.set_verify_mode(ssl::verify_peer);
        SSL_CTX_set_min_proto_version(tls.native_handle(), TLS1_2_VERSION);
    }
};

guarded_fetcher::guarded_fetcher(ports::resolver& resolver, fetcher_config config)
    : impl_(std::make_unique<impl>(resolver, std::move(config))) {}

guarded_fetcher::~guarded_fetcher() = default;

ports::fetch_result guarded_fetcher::fetch(const ports::fetch_request& request, const ports::fetch_options& options) {
    const auto deadline = clock_type::now() + options.timeout;
    for (const auto& [name, value] : request.headers)
        if (!valid_header(name, value))
            return error(fetch_error_kind::invalid_request, "A request header cannot be sent as given.");
    ports::fetch_request current = request;
    std::string previous_origin;
    for (int hop = 0;; ++hop) {
        auto parsed = parse_url(current.url);
        if (auto* kind = std::get_if<fetch_error_kind>(&parsed))
            return error(*kind, *kind == fetch_error_kind::unsupported_scheme ? "Only http and https are fetched."
                                                                               : "The URL is not a valid absolute URL.");
        const url& target = std::get<url>(parsed);
        if (hop > 0 && target.origin() != previous_origin) {
            std::erase_if(current.headers, [](const auto& h) {
                return iequals(h.first, "authorization") || iequals(h.first, "cookie");
            });
        }
        std::vector<std::string> addresses;
        if (target.ip_literal) addresses.push_back(target.host);
        else addresses = impl_->resolver.resolve(target.host);
        if (addresses.empty()) return error(fetch_error_kind::resolve_failed, "The host name does not resolve.");
        for (const auto& address : addresses)
            if (!address_allowed(impl_->config, address))
                return error(fetch_error_kind::refused_address,
                             "The host resolves to an address that is not fetched (" + address + ").", address);
        if (past(deadline)) return error(fetch_error_kind::timeout, "The fetch did not finish in time.");

        std::optional<outcome> result;
        {
            asio::io_context ioc;
            exchange_input in{target, addresses, current, options, impl_->config, deadline, &impl_->tls};
            asio::co_spawn(ioc, exchange(in), [&](std::exception_ptr e, outcome o) {
                if (e) result = error(fetch_error_kind::bad_response, "The exchange failed unexpectedly.");
                else result = std::move(o);
            });
            ioc.run();
        }
        if (!result) return error(fetch_error_kind::bad_response, "The exchange did not complete.");
        if (auto* e = std::get_if<fetch_error>(&*result)) return *e;
        auto& res = std::get<exchange_result>(*result);

        const std::string* location = nullptr;
        for (const auto& [name, value] : res.headers)
            if (iequals(name, "location")) location = &value;
        if (is_redirect(res.status) && location) {
            if (hop >= options.max_redirects)
                return error(fetch_error_kind::too_many_redirects,
                             "More than " + std::to_string(options.max_redirects) + " redirects.");
            previous_origin = target.origin();
            current.url = resolve_reference(target, *location);
            if (res.status == 303) {
                current.method = ports::http_method::get;
                current.body.clear();
                std::erase_if(current.headers, [](const auto& h) { return iequals(h.first, "content-type"); });
            }
            continue;
        }
        return ports::fetch_response{to_string(target), res.status, std::move(res.headers), std::move(res.body)};
    }
}

}  // namespace offertracker::net
