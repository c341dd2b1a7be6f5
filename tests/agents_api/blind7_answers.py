# ruff: noqa: E501 - one question per line reads best
"""A seventh blind set, data/blind_teacher_7.json (50 questions across the six topics), written on
2026-11-26, after the fixes prompted by blind_teacher_6.json, by someone who had read the public set
and the structure of blind6_answers.py (its header, helpers and closing lines, which show a few of
its math questions and the first of its JSON), not the tutor's parser, its rules or docs/tutor.md.
The questions aim at places where a careless reader would give a wrong number: several bodies with
several masses and speeds, distractor values of the same kind as the one needed, directions (left
and right, up and down, opposite), values given after the asking sentence, answers asked in a unit
and two-step textbook problems. Every answer is computed here independently from the textbook
formula (g = 9.81 m/s^2). It was scored once as written (its honest first pass, recorded in
docs/tutor.md) before any change it prompted.

Regenerate it with `python3 tests/agents_api/blind7_answers.py tests/agents_api/data`."""

import json
import math
import sys
from collections import Counter

g = 9.81
pi = math.pi
d = math.radians
SEVENTH: list[dict] = []


def q(topic: str, question: str, value: float, unit: str, rel_tol: float = 0.02) -> None:
    SEVENTH.append({"topic": topic, "question": question, "value": float(value), "unit": unit, "rel_tol": rel_tol})


K = "kinematics"
q(K, "Car A travels at 20 m/s and car B at 30 m/s. Car B then brakes uniformly at 5 m/s^2. How far does car B travel before it stops?", 30**2 / (2 * 5), "m")
q(K, "A ball is thrown straight down at 5 m/s from a bridge 20 m above the water. How long does it take to reach the water?", (-5 + math.sqrt(5**2 + 2 * g * 20)) / g, "s")
q(K, "A runner covers 400 m in 50 s and a cyclist covers the same 400 m in 25 s. What is the cyclist's average speed?", 400 / 25, "m/s")
q(K, "How far does a car travel while it speeds up uniformly from 10 m/s to 30 m/s in 5 s?", (10 + 30) / 2 * 5, "m")
q(K, "A stone is dropped from rest. How fast is it falling after 3 s, in km/h?", g * 3 * 3.6, "km/h")
q(K, "How long, in minutes, does a train at a steady 25 m/s take to cover 30 km?", 30000 / 25 / 60, "min")
q(K, "A ball rolls off the edge of a 1.2 m high table at 3 m/s. How far from the foot of the table does it land?", 3 * math.sqrt(2 * 1.2 / g), "m")
q(K, "A cart is moving to the left at 12 m/s when it is given an acceleration of 3 m/s^2 to the right for 2 s. What is its speed at the end of the 2 s?", abs(-12 + 3 * 2), "m/s")
q(K, "A ball is thrown straight upwards at 15 m/s. How long does it take to come back to the thrower's hand?", 2 * 15 / g, "s")

F = "forces"
q(F, "A 5 kg block and a 3 kg block sit side by side on a frictionless floor and are pushed together by a 24 N force. What is their acceleration?", 24 / (5 + 3), "m/s^2")
q(F, "Two horizontal forces act on a 4 kg box: 30 N to the right and 18 N to the left. What is the box's acceleration?", (30 - 18) / 4, "m/s^2")
q(F, "A 60 kg woman stands in a lift that is accelerating upwards at 2 m/s^2. What is the normal force from the floor on her?", 60 * (g + 2), "N")
q(F, "A 2 kg mass and a 3 kg mass hang on either side of a frictionless pulley. What is the acceleration of the masses?", (3 - 2) / (3 + 2) * g, "m/s^2")
q(F, "What is the acceleration of a 20 kg crate pulled along a level floor by a horizontal force of 100 N? The coefficient of kinetic friction is 0.25.", (100 - 0.25 * 20 * g) / 20, "m/s^2")
q(F, "A spring stretches by 4 cm when a 2 kg mass hangs from it. What is its spring constant?", 2 * g / 0.04, "N/m")
q(F, "What is the weight of a 70 kg astronaut on the Moon, where g is 1.62 m/s^2?", 70 * 1.62, "N")
q(F, "A box slides down a frictionless slope inclined at 30 degrees. What is its acceleration?", g * math.sin(d(30)), "m/s^2")
q(F, "A 1500 kg car goes round a bend of radius 50 m at 15 m/s. What centripetal force is needed?", 1500 * 15**2 / 50, "N")

E = "energy"
q(E, "A 2 kg ball is dropped from a height of 5 m. What is its kinetic energy just before it hits the ground?", 2 * g * 5, "J")
q(E, "A 50 kg child climbs 3 m up a ladder in 6 s. What is her average power?", 50 * g * 3 / 6, "W")
q(E, "A 0.3 kg ball is launched straight up at 20 m/s. Ignoring air resistance, what is its gain in gravitational potential energy when it reaches the top?", 0.5 * 0.3 * 20**2, "J")
q(E, "A spring with k = 400 N/m is compressed 10 cm and launches a 0.1 kg ball horizontally. What is the ball's launch speed?", math.sqrt(400 * 0.1**2 / 0.1), "m/s")
q(E, "A 1200 kg car slows from 20 m/s to 10 m/s. How much kinetic energy does it lose, in kJ?", 0.5 * 1200 * (20**2 - 10**2) / 1000, "kJ")
q(E, "A 40 W bulb and a 60 W bulb are both left on for 2 hours. How much energy does the 60 W bulb use, in kJ?", 60 * 2 * 3600 / 1000, "kJ")
q(E, "A 10 kg box is pushed 5 m across a floor by a 30 N force directed at 60 degrees below the horizontal. How much work does the force do on the box?", 30 * 5 * math.cos(d(60)), "J")
q(E, "A motor lifts a 200 kg load through 15 m in 30 s. What is its useful power output?", 200 * g * 15 / 30, "W")

M = "momentum"
q(M, "A 3 kg trolley moving at 4 m/s to the right collides with a 1 kg trolley moving at 2 m/s to the left. They stick together. What is their speed afterwards?", abs(3 * 4 - 1 * 2) / (3 + 1), "m/s")
q(M, "A 0.15 kg ball arrives at 20 m/s and leaves the bat at 30 m/s in the opposite direction. What is the magnitude of the impulse on the ball?", 0.15 * (20 + 30), "kg*m/s")
q(M, "A force of 50 N acts on a 2 kg ball for 0.1 s. What is the change in its momentum?", 50 * 0.1, "kg*m/s")
q(M, "A 60 kg skater and a 40 kg skater stand at rest on ice and push off each other. The 40 kg skater moves off at 3 m/s. What is the speed of the 60 kg skater?", 40 * 3 / 60, "m/s")
q(M, "A 1000 kg car moving at 20 m/s hits a stationary 1500 kg van and they move off together. What is their velocity just after the collision?", 1000 * 20 / (1000 + 1500), "m/s")
q(M, "A 0.5 kg ball moving at 4 m/s collides elastically head-on with a 1.5 kg ball at rest. What is the speed of the 1.5 kg ball afterwards?", 2 * 0.5 / (0.5 + 1.5) * 4, "m/s")
q(M, "What is the average force on a 0.05 kg ball that hits a wall at 12 m/s and rebounds at 12 m/s? The contact lasts 0.02 s.", 0.05 * (12 + 12) / 0.02, "N")
q(M, "What is the momentum of a 70 kg runner moving at 18 km/h?", 70 * 18 / 3.6, "kg*m/s")

A = "angular_motion"
q(A, "A wheel spins at 120 rpm. What is its angular velocity in rad/s?", 120 * 2 * pi / 60, "rad/s")
q(A, "A solid disc of mass 4 kg and radius 0.3 m spins about its central axis. What is its moment of inertia?", 0.5 * 4 * 0.3**2, "kg*m^2")
q(A, "A wheel of radius 0.4 m turns at 10 rad/s. What is the speed of a point on its rim?", 0.4 * 10, "m/s")
q(A, "A flywheel with moment of inertia 2 kg m^2 spins at 30 rad/s. What is its rotational kinetic energy?", 0.5 * 2 * 30**2, "J")
q(A, "A wheel starts from rest with an angular acceleration of 3 rad/s^2. Through what angle does it turn in 4 s?", 0.5 * 3 * 4**2, "rad")
q(A, "A force of 20 N is applied at right angles to a spanner, 0.25 m from the bolt. What torque does it produce?", 20 * 0.25, "N*m")
q(A, "A 2 kg ball on a string 0.5 m long is whirled in a horizontal circle at 4 m/s. What is the centripetal force on the ball?", 2 * 4**2 / 0.5, "N")
q(A, "A solid cylinder rolls without slipping down a slope from rest, dropping 2 m in height. What is its speed at the bottom?", math.sqrt(4 * g * 2 / 3), "m/s")

X = "math"
q(X, "Solve x^2 - 7x + 10 = 0 for the smaller root.", 2.0, "")
q(X, "What is the sine of 30 degrees?", 0.5, "")
q(X, "Convert 72 km/h to m/s.", 20.0, "m/s")
q(X, "A right triangle has a hypotenuse of 10 and one leg of 6. How long is the other leg?", 8.0, "")
q(X, "Convert 3.5 hours to seconds.", 3.5 * 3600, "s")
q(X, "What angle, in degrees, has a tangent of 1?", 45.0, "degree")
q(X, "Convert 450 g to kilograms.", 0.45, "kg")
q(X, "Solve 3x + 7 = 22.", 5.0, "")


if __name__ == "__main__":
    print("blind_teacher_7.json", Counter(p["topic"] for p in SEVENTH), len(SEVENTH))
    with open(f"{sys.argv[1]}/blind_teacher_7.json", "w") as out:
        json.dump(SEVENTH, out, indent=1, ensure_ascii=False)
        out.write("\n")
