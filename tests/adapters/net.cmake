# Outbound fetching (adapters/net): the address policy and URL parser (pure), and the guarded fetcher against
# servers the test serves itself on 127.0.0.1. No test sends a packet beyond loopback.
add_executable(adapters_net_tests
  ${PROJECT_SOURCE_DIR}/tests/net/address_policy_test.cpp
  ${PROJECT_SOURCE_DIR}/tests/net/guarded_fetcher_test.cpp
)
target_link_libraries(adapters_net_tests PRIVATE offertracker_net offertracker_test_main Boost::headers
  OpenSSL::SSL OpenSSL::Crypto Threads::Threads)
add_test(NAME adapters_net COMMAND adapters_net_tests)
set_tests_properties(adapters_net PROPERTIES LABELS adapters TIMEOUT 120)
