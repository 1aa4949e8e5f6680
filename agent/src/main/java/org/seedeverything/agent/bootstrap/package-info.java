/**
 * The only agent classes loaded by the bootstrap class loader: what code woven into JDK classes may call.
 * Not an API.
 */
package org.seedeverything.agent.bootstrap;
