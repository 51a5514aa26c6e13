/**
 * Helpers of the HTTP benchmark ({@code bench/web-bench.sh}) and the crash test ({@code bench/crash-test.sh}):
 * a bare Javalin server to compare with, a PostgreSQL server, and a client that records every acknowledged write.
 */
package org.cytoquiz.bench.web;
